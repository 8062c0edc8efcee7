package id.simpul.adapters.oss;

import id.simpul.sdk.tck.licensing.LicensingGatewayHarness;
import id.simpul.sdk.tck.licensing.LicensingGatewayTck;

/** The OSS RBA adapter passes the licensing gateway conformance kit against its simulator. */
class OssConformanceTest extends LicensingGatewayTck {

    @Override
    protected LicensingGatewayHarness harness() {
        return new OssHarness();
    }
}
