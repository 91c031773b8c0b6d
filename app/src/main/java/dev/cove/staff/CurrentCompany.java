package dev.cove.staff;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import dev.cove.shared.CompanyId;

/**
 * Lets any controller declare a {@link CompanyId} or {@link CompanyPrincipal} parameter and
 * receive the caller's own, taken from the authenticated principal and never from the request.
 */
@Component
class CurrentCompany implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CompanyId.class || parameter.getParameterType() == CompanyPrincipal.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        CompanyPrincipal principal = principal(SecurityContextHolder.getContext().getAuthentication());
        return parameter.getParameterType() == CompanyId.class ? principal.companyId() : principal;
    }

    static CompanyPrincipal principal(Authentication authentication) {
        if (authentication != null) {
            if (authentication.getPrincipal() instanceof CompanyPrincipal p) {
                return p;
            }
            if (authentication.getPrincipal() instanceof StaffAccount a) {
                return a.principal();
            }
        }
        throw new IllegalStateException("No company is signed in for this request");
    }
}
