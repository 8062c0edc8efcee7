package id.simpul.portal.infrastructure.config;

import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.region.RegionRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The SDK's shared, immutable services as CDI beans. */
@ApplicationScoped
public class SdkProducers {

    @Produces
    @Singleton
    RegionRegistry regions() {
        return RegionRegistry.official();
    }

    @Produces
    @Singleton
    WorkingCalendar calendar() {
        return WorkingCalendar.indonesia();
    }
}
