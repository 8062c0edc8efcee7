/**
 * The OSS RBA adapter (<em>Online Single Submission berbasis risiko</em>): a
 * {@link id.simpul.sdk.spi.licensing.LicensingGateway} over OSS's host-to-host REST interface, found by
 * {@link java.util.ServiceLoader} through {@link id.simpul.adapters.oss.OssAdapterProvider} and configured
 * with {@link id.simpul.adapters.oss.OssSettings}. {@link id.simpul.adapters.oss.OssSlaClock} keeps a
 * request's SLA clock in step with the {@code kd_status} codes OSS uses (41–44, and 57 deemed approval).
 * The interface is modelled in {@code specs/openapi/oss-rba.v1.yaml}.
 */
package id.simpul.adapters.oss;
