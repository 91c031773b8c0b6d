package dev.cove.sandbox.common;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/**
 * The consent page: a plain HTML form (no script) that repeats the authorize parameters as hidden
 * fields, offers the companies as radio buttons and posts back with {@code decision=allow|deny}.
 */
final class ConsentPage {

    static final List<String> CARRIED = List.of("response_type", "client_id", "redirect_uri", "scope", "state",
            "code_challenge", "code_challenge_method");

    private ConsentPage() {
    }

    static String render(String provider, String action, Map<String, String> params, List<Company> companies) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .append(esc(provider)).append(" sandbox: authorize</title></head><body>\n")
            .append("<h1>").append(esc(provider)).append(" sandbox</h1>\n")
            .append("<p>The application <strong>").append(esc(params.get("client_id")))
            .append("</strong> asks to connect to your company.</p>\n")
            .append("<form method=\"post\" action=\"").append(esc(action)).append("\">\n");
        for (String name : CARRIED) {
            String value = params.get(name);
            if (value != null) {
                html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(esc(value))
                    .append("\">\n");
            }
        }
        html.append("<fieldset><legend>Company</legend>\n");
        boolean first = true;
        for (Company company : companies) {
            html.append("<label><input type=\"radio\" name=\"company\" value=\"").append(esc(company.id())).append('"')
                .append(first ? " checked" : "").append("> ").append(esc(company.name())).append(" (")
                .append(esc(company.id())).append(")</label><br>\n");
            first = false;
        }
        html.append("</fieldset>\n")
            .append("<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>\n")
            .append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n")
            .append("</form></body></html>\n");
        return html.toString();
    }

    static String error(String message) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Authorization error</title>"
                + "</head><body><h1>Authorization error</h1><p>" + esc(message) + "</p></body></html>\n";
    }

    private static String esc(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
