package id.simpul.adapters.polri;

import id.simpul.sdk.tck.police.PoliceReportsHarness;
import id.simpul.sdk.tck.police.PoliceReportsTck;

/** The kit run against the adapter without its resilience layer; run only by {@link PoliceKitMetaTest}. */
class UndecoratedPoliceKit extends PoliceReportsTck {

    @Override
    protected PoliceReportsHarness harness() {
        return new PolriHarness((settings, clock) -> new PolriAdapterProvider().createUndecorated(settings));
    }
}
