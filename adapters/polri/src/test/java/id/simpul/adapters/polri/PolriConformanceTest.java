package id.simpul.adapters.polri;

import id.simpul.sdk.tck.police.PoliceReportsHarness;
import id.simpul.sdk.tck.police.PoliceReportsTck;

/** The Polri adapter passes the police reports conformance kit against its simulator. */
class PolriConformanceTest extends PoliceReportsTck {

    @Override
    protected PoliceReportsHarness harness() {
        return new PolriHarness();
    }
}
