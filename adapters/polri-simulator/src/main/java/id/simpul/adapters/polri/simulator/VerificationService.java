package id.simpul.adapters.polri.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The modelled Polri verification service itself, without HTTP: one SOAP request in, one SOAP
 * answer out. Every request body is validated against {@code specs/wsdl/polri-verifikasi.v1.xsd};
 * a request the schema refuses gets a {@code soap:Client} fault, as a strict legacy server would.
 */
final class VerificationService {

    static final String NS = "urn:simpul:model:polri:verifikasi:v1";
    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SCHEMA_RESOURCE = "specs/wsdl/polri-verifikasi.v1.xsd";

    /** A SOAP answer: HTTP status and XML text. */
    record Answer(int status, String body) {
    }

    private static final Schema SCHEMA = loadSchema();

    private final PolriRecords records;
    private final String user;
    private final String password;
    private final Supplier<LocalDate> today;
    private final AtomicLong transactions = new AtomicLong();

    VerificationService(PolriRecords records, String user, String password, Supplier<LocalDate> today) {
        this.records = Objects.requireNonNull(records, "records");
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        this.today = Objects.requireNonNull(today, "today");
    }

    /** @param refuseCredentials answer "access refused" whatever the credentials (a scripted failure) */
    Answer handle(byte[] request, boolean refuseCredentials) {
        Element operation;
        try {
            operation = bodyElement(parse(request));
        } catch (SAXException | IOException e) {
            return fault(500, "soap:Client", "Permintaan bukan XML SOAP yang sah");
        }
        if (operation == null) {
            return fault(500, "soap:Client", "Envelope SOAP 1.1 dengan satu elemen di dalam Body diperlukan");
        }
        try {
            SCHEMA.newValidator().validate(new DOMSource(operation));
        } catch (SAXException e) {
            return fault(500, "soap:Client", "Permintaan tidak sesuai skema: " + safe(e.getMessage()));
        } catch (IOException e) {
            return fault(500, "soap:Server", "Kesalahan internal validasi");
        }
        String name = operation.getLocalName();
        if (refuseCredentials || !credentialsAccepted(operation)) {
            return respond(name, "90", "Akses ditolak: id pengguna atau kata sandi salah", "");
        }
        return switch (name) {
            case "VerifikasiSuratKehilanganRequest" -> verifyLostReport(operation);
            case "CekStatusSkckRequest" -> skckStatus(operation);
            default -> fault(500, "soap:Client", "Operasi tidak dikenal: " + name);
        };
    }

    private Answer verifyLostReport(Element request) {
        String number = text(request, "nomorSurat").orElse("");
        if (!number.matches("SKTLK/\\d{4}/[IVX]{1,4}/\\d{4}/[A-Z]+-\\d{4,6}")) {
            return respond("VerifikasiSuratKehilanganRequest", "02", "Format nomor surat salah", "");
        }
        Optional<LostReportRecord> found = records.lostReport(number);
        if (found.isEmpty()) {
            return respond("VerifikasiSuratKehilanganRequest", "01", "Surat tidak ditemukan", "");
        }
        LostReportRecord letter = found.get();
        StringBuilder xml = new StringBuilder("<v:surat>")
                .append(element("nomorSurat", letter.number()))
                .append(office(letter.office()))
                .append(element("tanggalLapor", letter.reportedOn().toString()))
                .append(element("berlakuSampai", letter.validUntil().toString()))
                .append(element("statusSurat", letter.statusOn(today.get())))
                .append("<v:daftarBarang>");
        for (LostReportRecord.LostItem item : letter.items()) {
            xml.append("<v:barang>").append(element("jenis", item.kind()))
                    .append(element("jumlah", Integer.toString(item.quantity()))).append("</v:barang>");
        }
        xml.append("</v:daftarBarang>");
        text(request, "nikPelapor").ifPresent(nik ->
                xml.append(element("pelaporSesuai", Boolean.toString(letter.reporter().value().equals(nik)))));
        xml.append("</v:surat>");
        return respond("VerifikasiSuratKehilanganRequest", "00", "Surat ditemukan", xml.toString());
    }

    private Answer skckStatus(Element request) {
        String number = text(request, "nomorSkck").orElse("");
        if (!number.matches("SKCK/\\d{4}/[IVX]{1,4}/\\d{4}/[A-Z]+-\\d{4,6}")) {
            return respond("CekStatusSkckRequest", "02", "Format nomor SKCK salah", "");
        }
        Optional<SkckRecord> found = records.skck(number);
        if (found.isEmpty()) {
            return respond("CekStatusSkckRequest", "01", "SKCK tidak ditemukan", "");
        }
        SkckRecord skck = found.get();
        StringBuilder xml = new StringBuilder("<v:skck>")
                .append(element("nomorSkck", skck.number()))
                .append(office(skck.office()))
                .append(element("status", skck.statusOn(today.get())))
                .append(element("tanggalPermohonan", skck.appliedOn().toString()));
        if (skck.issuedOn() != null) {
            xml.append(element("tanggalTerbit", skck.issuedOn().toString()))
                    .append(element("berlakuSampai", skck.validUntil().orElseThrow().toString()));
        }
        text(request, "nikPemohon").ifPresent(nik ->
                xml.append(element("pemohonSesuai", Boolean.toString(skck.applicant().value().equals(nik)))));
        xml.append("</v:skck>");
        return respond("CekStatusSkckRequest", "00", "SKCK ditemukan", xml.toString());
    }

    private boolean credentialsAccepted(Element request) {
        Element credentials = child(request, "kredensial");
        return credentials != null && user.equals(text(credentials, "idPengguna").orElse(""))
                && password.equals(text(credentials, "kataSandi").orElse(""));
    }

    private Answer respond(String requestName, String code, String message, String payload) {
        String responseName = requestName.replace("Request", "Response");
        String body = "<v:" + responseName + " xmlns:v=\"" + NS + "\"><v:respon>"
                + element("kodeRespon", code) + element("pesanRespon", message)
                + element("idTransaksi", "TRX-" + transactions.incrementAndGet())
                + "</v:respon>" + payload + "</v:" + responseName + ">";
        return new Answer(200, envelope(body));
    }

    static Answer fault(int status, String code, String message) {
        return new Answer(status, envelope("<soap:Fault><faultcode>" + code + "</faultcode><faultstring>"
                + escape(message) + "</faultstring></soap:Fault>"));
    }

    static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"" + SOAP_NS + "\"><soap:Body>"
                + body + "</soap:Body></soap:Envelope>";
    }

    private static String office(PoliceOffice office) {
        return "<v:kantorPenerbit>" + element("kodeKantor", office.code()) + element("namaKantor", office.name())
                + element("tingkat", office.level()) + element("kodeWilayah", office.region().value())
                + "</v:kantorPenerbit>";
    }

    private static String element(String name, String value) {
        return "<v:" + name + ">" + escape(value) + "</v:" + name + ">";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Schema messages may quote the offending value; a NIK must not travel back in a fault. */
    private static String safe(String message) {
        return message == null ? "" : message.replaceAll("\\d{8,}", "…");
    }

    private static Document parse(byte[] request) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(request));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }

    private static Element bodyElement(Document document) {
        Element envelope = document.getDocumentElement();
        if (!SOAP_NS.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            return null;
        }
        for (Node n = envelope.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && SOAP_NS.equals(e.getNamespaceURI()) && "Body".equals(e.getLocalName())) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element op) {
                        return op;
                    }
                }
            }
        }
        return null;
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Optional<String> text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? Optional.empty() : Optional.of(e.getTextContent().trim());
    }

    private static Schema loadSchema() {
        URL xsd = VerificationService.class.getClassLoader().getResource(SCHEMA_RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath (simpul-specs jar)");
        }
        try (InputStream ignored = xsd.openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(xsd);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot load " + SCHEMA_RESOURCE, e);
        }
    }
}
