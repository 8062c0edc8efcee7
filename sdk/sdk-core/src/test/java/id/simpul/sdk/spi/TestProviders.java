package id.simpul.sdk.spi;

import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.spi.police.LostReport;
import id.simpul.sdk.spi.police.PoliceReports;
import id.simpul.sdk.spi.police.SkckStatus;
import id.simpul.sdk.spi.population.PersonRecord;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.spi.population.VerificationRequest;
import id.simpul.sdk.spi.population.VerificationResult;
import java.util.Optional;

/** Providers listed in the test META-INF/services file: two police providers, one outdated registry. */
final class TestProviders {

    private TestProviders() {
    }

    record FakePolice(AdapterDescriptor descriptor) implements PoliceReports {
        @Override
        public Optional<LostReport> verifyLostReport(String letterNumber) {
            return Optional.empty();
        }

        @Override
        public Optional<SkckStatus> skckStatus(String skckNumber) {
            return Optional.empty();
        }
    }

    public static final class PoliceA implements AdapterProvider<PoliceReports> {
        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.of(PoliceReports.class, "police-a", "Police A", "1.0",
                    Capability.POLICE_LOST_REPORT);
        }

        @Override
        public PoliceReports create(AdapterSettings settings) {
            return new FakePolice(descriptor());
        }
    }

    public static final class PoliceB implements AdapterProvider<PoliceReports> {
        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.of(PoliceReports.class, "police-b", "Police B", "2.0");
        }

        @Override
        public PoliceReports create(AdapterSettings settings) {
            return new FakePolice(descriptor());
        }
    }

    public static final class OutdatedRegistry implements AdapterProvider<PopulationRegistry> {
        @Override
        public AdapterDescriptor descriptor() {
            return new AdapterDescriptor(PopulationRegistry.class, "old-registry", "Old registry", "0.1", 0,
                    java.util.Set.of());
        }

        @Override
        public PopulationRegistry create(AdapterSettings settings) {
            return new PopulationRegistry() {
                @Override
                public AdapterDescriptor descriptor() {
                    return OutdatedRegistry.this.descriptor();
                }

                @Override
                public VerificationResult verify(VerificationRequest request) {
                    return VerificationResult.notFound(request.threshold());
                }

                @Override
                public Optional<PersonRecord> lookup(Nik nik) {
                    return Optional.empty();
                }
            };
        }
    }
}
