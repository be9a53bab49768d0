package dev.corpora.bootstrap;

import dev.corpora.application.access.BootstrapClient;
import dev.corpora.application.access.ClientCredentials;
import dev.corpora.application.access.RegisterBootstrapClient;
import dev.corpora.domain.access.OrganizationId;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On start, makes sure a first client can log in: the one configured by {@code CORPORA_BOOTSTRAP_CLIENT_ID},
 * {@code _SECRET} and {@code CORPORA_BOOTSTRAP_ORG_ID}, or, with none configured and no client yet, a generated
 * one whose credentials are printed once.
 */
@Singleton
class BootstrapClientRegistration implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapClientRegistration.class);

    private final RegisterBootstrapClient register;
    private final String clientId;
    private final String clientSecret;
    private final String organization;

    BootstrapClientRegistration(RegisterBootstrapClient register,
                                @Value("${corpora.bootstrap-client.client-id:}") String clientId,
                                @Value("${corpora.bootstrap-client.client-secret:}") String clientSecret,
                                @Value("${corpora.bootstrap-client.org-id:}") String organization) {
        this.register = register;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.organization = organization;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        register.handle(configured()).ifPresent(client -> {
            if (client.generated()) {
                LOG.info("""

                        ================================================================
                        First start: generated an API client with roles reader, writer, admin.
                          client_id:     {}
                          client_secret: {}
                          org_id:        {}
                        The secret is shown only this once; log in with
                          curl -u '<client_id>:<client_secret>' -X POST http://localhost:<port>/api/v0/login
                        ================================================================""",
                        client.credentials().clientId(), client.credentials().secret(), client.organization());
            } else {
                LOG.info("Registered the configured bootstrap client '{}'", client.credentials().clientId());
            }
        });
    }

    private BootstrapClient configured() {
        boolean any = !clientId.isEmpty() || !clientSecret.isEmpty() || !organization.isEmpty();
        if (!any) {
            return null;
        }
        if (clientId.isEmpty() || clientSecret.isEmpty() || organization.isEmpty()) {
            throw new StartupRefused("Set all three of CORPORA_BOOTSTRAP_CLIENT_ID, CORPORA_BOOTSTRAP_CLIENT_SECRET"
                    + " and CORPORA_BOOTSTRAP_ORG_ID, or none");
        }
        return new BootstrapClient(new ClientCredentials(clientId, clientSecret), new OrganizationId(organization),
                false);
    }
}
