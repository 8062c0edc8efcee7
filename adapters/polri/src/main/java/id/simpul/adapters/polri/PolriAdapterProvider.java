package id.simpul.adapters.polri;

import id.simpul.adapters.polri.internal.SoapPoliceReports;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.AdapterProvider;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.police.PoliceReports;

/**
 * Announces the Polri adapter to {@link java.util.ServiceLoader}: {@link PoliceReports} over the
 * modelled SOAP service {@code specs/wsdl/polri-verifikasi.v1.wsdl}, through Apache CXF. Settings are
 * described in {@link PolriSettings}.
 */
public final class PolriAdapterProvider implements AdapterProvider<PoliceReports> {

    /** System identifier used in configuration keys, metrics and messages. */
    public static final String SYSTEM = "polri";

    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor.of(PoliceReports.class, SYSTEM,
            "Sistem Polri (model SOAP)", "0.1.0", Capability.POLICE_LOST_REPORT, Capability.POLICE_SKCK_STATUS);

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PoliceReports create(AdapterSettings settings) {
        return new SoapPoliceReports(DESCRIPTOR, PolriSettings.from(settings));
    }
}
