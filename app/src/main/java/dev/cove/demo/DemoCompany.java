package dev.cove.demo;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.cove.staff.Companies;
import dev.cove.staff.NewCompany;
import dev.cove.staff.OpenedCompany;

/** Opens the demo company on first start and prints how to sign in to it. */
@Component
class DemoCompany {

    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);

    private final DemoSettings settings;
    private final Companies companies;
    private final DemoData data;

    DemoCompany(DemoSettings settings, Companies companies, DemoData data) {
        this.settings = settings;
        this.companies = companies;
        this.data = data;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openOnFirstStart() {
        if (!settings.enabled()) {
            return;
        }
        if (companies.findByStaffEmail(settings.email()).isPresent()) {
            log.info("""

                    Cove demo company is ready. Sign in as {} with the password it was created with{}.
                    """, settings.email(), settings.password() == null ? " (printed on first start)" : ": " + settings.password());
            return;
        }
        String password = settings.password() != null ? settings.password() : random(9);
        OpenedCompany company = data.create(new NewCompany("Blue Wave Pool Care", "USD", settings.email(),
                "Dana Reyes", password, settings.apiKey()));
        log.info("""

                ------------------------------------------------------------
                 Cove demo company "Blue Wave Pool Care" created
                   sign in:  {}
                   password: {}
                   API key:  {}
                ------------------------------------------------------------""", settings.email(), password,
                company.apiKey());
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
