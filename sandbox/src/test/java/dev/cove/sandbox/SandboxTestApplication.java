package dev.cove.sandbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare host application: the sandboxes mount themselves through auto-configuration. */
@SpringBootApplication
public class SandboxTestApplication {
}
