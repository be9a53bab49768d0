package dev.corpora.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import dev.corpora.application.access.LoginAttempts;
import dev.corpora.application.access.RequestAllowances;
import dev.corpora.application.health.StorageProbe;
import dev.corpora.application.idempotency.IdempotencyKeys;
import dev.corpora.application.transaction.Transactions;
import dev.corpora.domain.access.ApiClients;
import dev.corpora.domain.dataset.Datasets;
import java.util.ArrayList;
import java.util.List;

/**
 * The layering of DESIGN.md as ArchUnit rules, built for a root package: {@link ArchitectureTest} checks them on
 * {@code dev.corpora}, {@link ArchitectureRulesBiteTest} on planted classes under a root of its own, so that
 * both check the very same rules. Every rule fails when its subject matches no class.
 */
final class ArchitectureRules {
    /** The ports through which use cases reach storage; their adapters live in persistence. */
    static final List<Class<?>> STORAGE_PORTS = List.of(Datasets.class, ApiClients.class, Transactions.class,
            StorageProbe.class, LoginAttempts.class, RequestAllowances.class, IdempotencyKeys.class);
    static final String HTTP = "io.micronaut.http..";
    static final String JDBC = "java.sql..";
    /** The RabbitMQ client, the one library the messaging adapter is about. */
    static final String RABBIT = "com.rabbitmq..";
    /**
     * Micronaut as an adapter outside the web may use it: the annotations that make a bean and the definitions
     * Micronaut generates for it ({@code $RabbitEventPublisher$Definition}, in the adapter's own package), which
     * use io.micronaut.core, .context and .inject.
     */
    static final String MICRONAUT = "io.micronaut..";
    /** What every bean may use besides: jakarta.inject and jakarta.annotation, and SLF4J for its log. */
    static final List<String> BEAN_SUPPORT = List.of("jakarta.inject..", "jakarta.annotation..", "org.slf4j..");
    /**
     * The JDK as the core may use it. javax.crypto is part of java.base like java.*, and {@code SecretHash}
     * derives its PBKDF2 hashes with it; JDBC stays out of the core although it lives under java.*.
     */
    static final List<String> JDK = List.of("java..", "javax.crypto..");

    private static final DescribedPredicate<JavaClass> JDK_WITHOUT_JDBC =
            resideInAnyPackage(JDK.toArray(String[]::new)).and(not(resideInAPackage(JDBC)))
                    .as("are in the JDK without JDBC");

    final String domain;
    final String application;
    final String rest;
    final String persistence;
    final String messaging;
    final String bootstrap;
    final String generatedApi;
    final String generatedModel;
    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
        domain = root + ".domain..";
        application = root + ".application..";
        rest = root + ".rest..";
        persistence = root + ".persistence..";
        messaging = root + ".messaging..";
        bootstrap = root + ".bootstrap..";
        generatedApi = root + ".api..";
        generatedModel = root + ".api.model..";
    }

    List<String> layers() {
        return List.of(domain, application, rest, persistence, messaging, bootstrap, generatedApi, generatedModel);
    }

    ArchRule domainDependsOnlyOnTheJdkAndItself() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat(builtFrom(JDK_WITHOUT_JDBC.or(resideInAPackage(domain))))
                .because("the domain is the innermost layer and has no framework: it needs the JDK only")
                .allowEmptyShould(false);
    }

    ArchRule applicationDependsOnlyOnTheJdkTheDomainAndItself() {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat(
                        builtFrom(JDK_WITHOUT_JDBC.or(resideInAnyPackage(domain, application))))
                .because("use cases speak in domain terms, get collaborators through the constructor and reach "
                        + "the outside only through ports; generated DTOs stay at the edge")
                .allowEmptyShould(false);
    }

    ArchRule restDoesNotSeePersistence() {
        return noClasses().that().resideInAPackage(rest)
                .should().dependOnClassesThat(resideInAPackage(persistence)
                        .or(simpleNameStartingWith("Jdbc"))
                        .or(simpleNameEndingWith("Repository")))
                .because("the two adapters never see each other: the REST adapter reaches data through use cases")
                .allowEmptyShould(false);
    }

    ArchRule restReachesStorageOnlyThroughUseCases() {
        return noClasses().that().resideInAPackage(rest)
                .should().dependOnClassesThat(belongToAnyOf(STORAGE_PORTS.toArray(Class<?>[]::new)))
                .because("controllers map, call a use case and map back; storage is reached only by use cases "
                        + "through the ports")
                .allowEmptyShould(false);
    }

    ArchRule persistenceUsesNoHttp() {
        return noClasses().that().resideInAPackage(persistence)
                .should().dependOnClassesThat().resideInAPackage(HTTP)
                .because("persistence knows no HTTP: status codes are chosen in the REST adapter only")
                .allowEmptyShould(false);
    }

    ArchRule persistenceDoesNotSeeRest() {
        return noClasses().that().resideInAPackage(persistence)
                .should().dependOnClassesThat().resideInAPackage(rest)
                .because("the two adapters never see each other")
                .allowEmptyShould(false);
    }

    /**
     * An allow-list, so that it needs no list of what is forbidden: the other adapters, the generated code and
     * bootstrap are not on it, nor Micronaut HTTP, nor JDBC.
     */
    ArchRule messagingDependsOnlyOnTheCoreTheBrokerClientAndMicronautOutsideHttp() {
        List<String> allowed = new ArrayList<>(List.of(domain, application, messaging, RABBIT, MICRONAUT));
        allowed.addAll(BEAN_SUPPORT);
        DescribedPredicate<JavaClass> micronautOutsideHttp =
                resideInAnyPackage(allowed.toArray(String[]::new)).and(not(resideInAPackage(HTTP)));
        return classes().that().resideInAPackage(messaging)
                .should().onlyDependOnClassesThat(builtFrom(JDK_WITHOUT_JDBC.or(micronautOutsideHttp)
                        .as("are in the JDK without JDBC, the core, the messaging adapter, the RabbitMQ client, "
                                + "Micronaut outside HTTP, jakarta.inject/annotation or SLF4J")))
                .because("the messaging adapter turns the events of the core into messages on the broker: it "
                        + "never sees the other adapters, and HTTP status codes are the REST adapter's")
                .allowEmptyShould(false);
    }

    ArchRule restAndPersistenceDoNotSeeMessaging() {
        return noClasses().that().resideInAnyPackage(rest, persistence)
                .should().dependOnClassesThat().resideInAPackage(messaging)
                .because("the adapters never see each other: events reach the broker through the outbox and "
                        + "the EventPublisher port only")
                .allowEmptyShould(false);
    }

    ArchRule generatedTypesAreUsedOnlyByTheRestAdapter() {
        return classes().that().resideInAPackage(generatedApi)
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(rest, generatedApi)
                .because("generated interfaces and models are the HTTP contract; mappers in the REST adapter "
                        + "translate them to commands of domain types")
                .allowEmptyShould(false);
    }

    ArchRule nothingDependsOnBootstrap() {
        return classes().that().resideInAPackage(bootstrap)
                .should().onlyHaveDependentClassesThat().resideInAPackage(bootstrap)
                .because("bootstrap wires everything together and nothing depends on it")
                .allowEmptyShould(false);
    }

    /**
     * Every package is a slice, sub-packages included, so a cycle between two packages of one layer fails as
     * well. The generated code (api, api.model) has no cycles of its own, so nothing is left out, and a cycle
     * that ran through it would fail too.
     */
    ArchRule noCyclesBetweenPackages() {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .because("dependencies point inward only, and a package is a unit one can understand alone")
                .allowEmptyShould(false);
    }

    /**
     * Judges a dependency target by the type it is built from. ArchUnit (1.4) records no dependency on a
     * primitive, but it does report array types ({@code [J}, {@code [Lfoo.Bar;}) as targets of their own, next
     * to their component type, and gives an array the package of its component type, java.lang for primitive
     * arrays. Judging the base component type instead keeps the allow-lists from hinging on that convention:
     * {@code long[][]} and {@code Dataset[]} pass, and {@code HttpStatus[]} fails just as {@code HttpStatus} does.
     */
    private static DescribedPredicate<JavaClass> builtFrom(DescribedPredicate<? super JavaClass> allowed) {
        return describe(allowed.getDescription() + " (or primitives and arrays of these)", target -> {
            JavaClass base = target.getBaseComponentType();
            return base.isPrimitive() || allowed.test(base);
        });
    }
}
