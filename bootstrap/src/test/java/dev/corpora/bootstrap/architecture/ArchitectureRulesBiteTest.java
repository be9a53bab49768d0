package dev.corpora.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.corpora.bootstrap.architecture.planted.api.GeneratedApi;
import dev.corpora.bootstrap.architecture.planted.api.model.GeneratedModel;
import dev.corpora.bootstrap.architecture.planted.application.PlantedApplication;
import dev.corpora.bootstrap.architecture.planted.bootstrap.PlantedBootstrap;
import dev.corpora.bootstrap.architecture.planted.domain.PlantedDomain;
import dev.corpora.bootstrap.architecture.planted.domain.dataset.PlantedDataset;
import dev.corpora.bootstrap.architecture.planted.domain.error.PlantedNotFound;
import dev.corpora.bootstrap.architecture.planted.messaging.PlantedMessaging;
import dev.corpora.bootstrap.architecture.planted.persistence.PlantedPersistence;
import dev.corpora.bootstrap.architecture.planted.rest.PlantedRest;
import dev.corpora.bootstrap.architecture.planted.storage.PlantedStorage;
import dev.corpora.domain.dataset.Datasets;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Provider;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves that each rule of {@link ArchitectureRules} fails on a planted violation, and passes on planted classes
 * that keep it, so no rule is one that fails on everything. The rules are built for the planted root, which mirrors
 * the real package layout. A failure must name the offending type: a rule whose subject matched nothing also throws
 * an AssertionError, and must not count as biting.
 */
class ArchitectureRulesBiteTest {
    private static final String PLANTED = "dev.corpora.bootstrap.architecture.planted";
    private static final ArchitectureRules RULES = new ArchitectureRules(PLANTED);

    @Test
    void domainRuleFailsOnAMicronautImport() {
        assertFailsNaming(RULES.domainDependsOnlyOnTheJdkAndItself(), HttpStatus.class,
                PlantedDomain.KeepsToTheJdk.class, PlantedDomain.UsesMicronaut.class);
    }

    @Test
    void domainRuleFailsOnAnArrayOfMicronautTypes() {
        assertFailsNaming(RULES.domainDependsOnlyOnTheJdkAndItself(), HttpStatus.class,
                PlantedDomain.UsesAnArrayOfMicronautTypes.class);
    }

    @Test
    void domainRuleFailsOnJdbcAlthoughItIsInTheJdk() {
        assertFailsNaming(RULES.domainDependsOnlyOnTheJdkAndItself(), Connection.class,
                PlantedDomain.UsesJdbc.class);
    }

    @Test
    void domainRuleFailsOnAnOuterLayer() {
        assertFailsNaming(RULES.domainDependsOnlyOnTheJdkAndItself(), PlantedApplication.KeepsToTheDomain.class,
                PlantedDomain.UsesTheApplication.class);
    }

    @Test
    void domainRuleAcceptsPrimitivesArraysAndTheJdk() {
        RULES.domainDependsOnlyOnTheJdkAndItself().check(importOf(PlantedDomain.KeepsToTheJdk.class));
    }

    @Test
    void applicationRuleFailsOnAJakartaInjectType() {
        assertFailsNaming(RULES.applicationDependsOnlyOnTheJdkTheDomainAndItself(), Provider.class,
                PlantedApplication.KeepsToTheDomain.class, PlantedApplication.UsesJakartaInject.class);
    }

    @Test
    void applicationRuleFailsOnAGeneratedModel() {
        assertFailsNaming(RULES.applicationDependsOnlyOnTheJdkTheDomainAndItself(), GeneratedModel.class,
                PlantedApplication.UsesAGeneratedModel.class);
    }

    @Test
    void applicationRuleAcceptsTheDomainTheJdkAndPrimitiveArrays() {
        RULES.applicationDependsOnlyOnTheJdkTheDomainAndItself()
                .check(importOf(PlantedApplication.KeepsToTheDomain.class));
    }

    @Test
    void restRuleFailsOnAnyRestClassUsingPersistenceNotOnlyControllers() {
        assertFailsNaming(RULES.restDoesNotSeePersistence(), PlantedPersistence.KeepsHttpOut.class,
                PlantedRest.CallsAUseCase.class, PlantedRest.HelperUsingPersistence.class);
    }

    @Test
    void restRuleFailsOnAJdbcAdapterOutsideThePersistencePackage() {
        assertFailsNaming(RULES.restDoesNotSeePersistence(), PlantedStorage.JdbcWidgets.class,
                PlantedRest.HelperUsingAJdbcAdapter.class);
    }

    @Test
    void restRuleFailsOnARepositoryOutsideThePersistencePackage() {
        assertFailsNaming(RULES.restDoesNotSeePersistence(), PlantedStorage.WidgetRepository.class,
                PlantedRest.HelperUsingARepository.class);
    }

    @Test
    void restRuleAcceptsAControllerCallingAUseCase() {
        RULES.restDoesNotSeePersistence().check(importOf(PlantedRest.CallsAUseCase.class));
    }

    @Test
    void storagePortRuleFailsWhenTheRestAdapterUsesAPort() {
        assertFailsNaming(RULES.restReachesStorageOnlyThroughUseCases(), Datasets.class,
                PlantedRest.CallsAUseCase.class, PlantedRest.HelperUsingAStoragePort.class);
    }

    @Test
    void storagePortRuleAcceptsAControllerCallingAUseCase() {
        RULES.restReachesStorageOnlyThroughUseCases().check(importOf(PlantedRest.CallsAUseCase.class));
    }

    @Test
    void persistenceHttpRuleFailsOnAMicronautHttpImport() {
        assertFailsNaming(RULES.persistenceUsesNoHttp(), HttpStatus.class,
                PlantedPersistence.KeepsHttpOut.class, PlantedPersistence.UsesMicronautHttp.class);
    }

    @Test
    void persistenceHttpRuleAcceptsMicronautOutsideHttp() {
        RULES.persistenceUsesNoHttp().check(importOf(PlantedPersistence.KeepsHttpOut.class));
    }

    @Test
    void persistenceRestRuleFailsWhenPersistenceUsesTheRestAdapter() {
        assertFailsNaming(RULES.persistenceDoesNotSeeRest(), PlantedRest.CallsAUseCase.class,
                PlantedPersistence.UsesTheRestAdapter.class);
    }

    @Test
    void persistenceRestRuleAcceptsPersistenceThatKeepsToItsSide() {
        RULES.persistenceDoesNotSeeRest().check(importOf(PlantedPersistence.KeepsHttpOut.class));
    }

    @Test
    void messagingRuleFailsOnTheRestAdapter() {
        assertFailsNaming(RULES.messagingDependsOnlyOnTheCoreTheBrokerClientAndMicronautOutsideHttp(),
                PlantedRest.CallsAUseCase.class,
                PlantedMessaging.PublishesOnTheBroker.class, PlantedMessaging.UsesTheRestAdapter.class);
    }

    @Test
    void messagingRuleFailsOnPersistence() {
        assertFailsNaming(RULES.messagingDependsOnlyOnTheCoreTheBrokerClientAndMicronautOutsideHttp(),
                PlantedPersistence.KeepsHttpOut.class, PlantedMessaging.UsesPersistence.class);
    }

    @Test
    void messagingRuleFailsOnMicronautHttp() {
        assertFailsNaming(RULES.messagingDependsOnlyOnTheCoreTheBrokerClientAndMicronautOutsideHttp(),
                HttpStatus.class, PlantedMessaging.UsesMicronautHttp.class);
    }

    @Test
    void messagingRuleFailsOnJdbc() {
        assertFailsNaming(RULES.messagingDependsOnlyOnTheCoreTheBrokerClientAndMicronautOutsideHttp(),
                Connection.class, PlantedMessaging.UsesJdbc.class);
    }

    @Test
    void messagingRuleAcceptsTheCoreTheBrokerClientAndMicronautOutsideHttp() {
        RULES.messagingDependsOnlyOnTheCoreTheBrokerClientAndMicronautOutsideHttp()
                .check(importOf(PlantedMessaging.PublishesOnTheBroker.class));
    }

    @Test
    void restAndPersistenceRuleFailsWhenTheRestAdapterUsesMessaging() {
        assertFailsNaming(RULES.restAndPersistenceDoNotSeeMessaging(), PlantedMessaging.PublishesOnTheBroker.class,
                PlantedRest.CallsAUseCase.class, PlantedRest.HelperUsingMessaging.class);
    }

    @Test
    void restAndPersistenceRuleFailsWhenPersistenceUsesMessaging() {
        assertFailsNaming(RULES.restAndPersistenceDoNotSeeMessaging(), PlantedMessaging.PublishesOnTheBroker.class,
                PlantedPersistence.KeepsHttpOut.class, PlantedPersistence.UsesMessaging.class);
    }

    @Test
    void restAndPersistenceRuleAcceptsAdaptersThatKeepToTheirSide() {
        RULES.restAndPersistenceDoNotSeeMessaging()
                .check(importOf(PlantedRest.CallsAUseCase.class, PlantedPersistence.KeepsHttpOut.class));
    }

    @Test
    void generatedTypesRuleFailsWhenTheApplicationUsesAGeneratedModel() {
        assertFailsNaming(RULES.generatedTypesAreUsedOnlyByTheRestAdapter(),
                PlantedApplication.UsesAGeneratedModel.class,
                GeneratedApi.class, GeneratedModel.class, PlantedApplication.UsesAGeneratedModel.class);
    }

    @Test
    void generatedTypesRuleAcceptsTheRestAdapterAndTheGeneratedCodeItself() {
        RULES.generatedTypesAreUsedOnlyByTheRestAdapter()
                .check(importOf(GeneratedApi.class, GeneratedModel.class, PlantedRest.CallsAUseCase.class));
    }

    @Test
    void bootstrapRuleFailsWhenTheRestAdapterDependsOnBootstrap() {
        assertFailsNaming(RULES.nothingDependsOnBootstrap(), PlantedRest.HelperUsingBootstrap.class,
                PlantedBootstrap.Wiring.class, PlantedRest.HelperUsingBootstrap.class);
    }

    @Test
    void bootstrapRuleAcceptsBootstrapDependingOnEverything() {
        RULES.nothingDependsOnBootstrap().check(importOf(PlantedBootstrap.Wiring.class,
                PlantedRest.CallsAUseCase.class, PlantedPersistence.KeepsHttpOut.class));
    }

    @Test
    void cycleRuleFailsOnTwoPackagesOfOneLayerThatUseEachOther() {
        assertThatThrownBy(() -> RULES.noCyclesBetweenPackages()
                .check(importOf(PlantedDataset.class, PlantedNotFound.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("domain.dataset")
                .hasMessageContaining("domain.error");
    }

    @Test
    void cycleRuleAcceptsLayersThatPointInward() {
        RULES.noCyclesBetweenPackages().check(importOf(PlantedBootstrap.Wiring.class,
                PlantedRest.CallsAUseCase.class, GeneratedApi.class, GeneratedModel.class,
                PlantedApplication.KeepsToTheDomain.class, PlantedDomain.KeepsToTheJdk.class,
                PlantedPersistence.KeepsHttpOut.class, PlantedMessaging.PublishesOnTheBroker.class));
    }

    /** Imports the way ArchitectureTest's own annotation says, and finds none of the planted classes. */
    @Test
    void productionImportLeavesOutThePlantedClasses() throws ReflectiveOperationException {
        AnalyzeClasses production = ArchitectureTest.class.getAnnotation(AnalyzeClasses.class);
        List<ImportOption> options = new ArrayList<>();
        for (Class<? extends ImportOption> option : production.importOptions()) {
            options.add(option.getDeclaredConstructor().newInstance());
        }

        JavaClasses imported = new ClassFileImporter(options).importPackages(production.packages());

        assertThat(imported.contain(Datasets.class)).as("the production import finds production code").isTrue();
        assertThat(imported.stream().filter(javaClass -> javaClass.getPackageName().startsWith(PLANTED)))
                .isEmpty();
        assertThat(new ClassFileImporter().importPackages(PLANTED).contain(PlantedDomain.UsesMicronaut.class))
                .as("without the production import options the planted classes are found")
                .isTrue();
    }

    private static void assertFailsNaming(ArchRule rule, Class<?> offender, Class<?>... planted) {
        assertThatThrownBy(() -> rule.check(importOf(planted)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("<" + offender.getName());
    }

    private static JavaClasses importOf(Class<?>... planted) {
        return new ClassFileImporter().importClasses(planted);
    }
}
