package id.simpul.adapters.polri.internal;

import id.simpul.adapters.polri.PolriSettings;
import id.simpul.adapters.polri.internal.ws.BarangHilang;
import id.simpul.adapters.polri.internal.ws.CekStatusSkckRequest;
import id.simpul.adapters.polri.internal.ws.CekStatusSkckResponse;
import id.simpul.adapters.polri.internal.ws.KantorPolisi;
import id.simpul.adapters.polri.internal.ws.Kredensial;
import id.simpul.adapters.polri.internal.ws.Respon;
import id.simpul.adapters.polri.internal.ws.Skck;
import id.simpul.adapters.polri.internal.ws.SuratKehilangan;
import id.simpul.adapters.polri.internal.ws.VerifikasiPortType;
import id.simpul.adapters.polri.internal.ws.VerifikasiSuratKehilanganRequest;
import id.simpul.adapters.polri.internal.ws.VerifikasiSuratKehilanganResponse;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.police.LostItem;
import id.simpul.sdk.spi.police.LostItemKind;
import id.simpul.sdk.spi.police.LostReport;
import id.simpul.sdk.spi.police.PoliceOffice;
import id.simpul.sdk.spi.police.PoliceOfficeLevel;
import id.simpul.sdk.spi.police.PoliceReports;
import id.simpul.sdk.spi.police.SkckState;
import id.simpul.sdk.spi.police.SkckStatus;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * {@link PoliceReports} over the modelled SOAP service, without resilience: one port call is one
 * SOAP call. Translates the generated types (which never leave this package) into the SDK's
 * values and every failure into a {@link RemoteCallException}.
 */
public final class SoapPoliceReports implements PoliceReports {

    private final AdapterDescriptor descriptor;
    private final PolriSettings settings;
    private final VerifikasiPortType port;

    public SoapPoliceReports(AdapterDescriptor descriptor, PolriSettings settings) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.port = proxy(settings);
    }

    /** Releases the CXF client (its conduit and connections); closing twice is harmless. */
    @Override
    public void close() {
        ClientProxy.getClient(port).destroy();
    }

    @Override
    public AdapterDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Optional<LostReport> verifyLostReport(String letterNumber) {
        LetterNumbers.require(letterNumber);
        VerifikasiSuratKehilanganRequest request = new VerifikasiSuratKehilanganRequest();
        request.setKredensial(credentials());
        request.setNomorSurat(letterNumber.trim());
        VerifikasiSuratKehilanganResponse response = call("verifyLostReport", () -> port.verifikasiSuratKehilangan(request));
        if (!found("verifyLostReport", response == null ? null : response.getRespon())) {
            return Optional.empty();
        }
        SuratKehilangan letter = response.getSurat();
        return Optional.of(translate("verifyLostReport", () -> new LostReport(letter.getNomorSurat(),
                office(letter.getKantorPenerbit()), date(letter.getTanggalLapor()), date(letter.getBerlakuSampai()),
                letter.getDaftarBarang().getBarang().stream().map(SoapPoliceReports::item).toList(),
                "DICABUT".equals(letter.getStatusSurat().value()))));
    }

    @Override
    public Optional<SkckStatus> skckStatus(String skckNumber) {
        LetterNumbers.require(skckNumber);
        CekStatusSkckRequest request = new CekStatusSkckRequest();
        request.setKredensial(credentials());
        request.setNomorSkck(skckNumber.trim());
        CekStatusSkckResponse response = call("skckStatus", () -> port.cekStatusSkck(request));
        if (!found("skckStatus", response == null ? null : response.getRespon())) {
            return Optional.empty();
        }
        Skck skck = response.getSkck();
        return Optional.of(translate("skckStatus", () -> new SkckStatus(skck.getNomorSkck(), state(skck.getStatus().value()),
                office(skck.getKantorPenerbit()), Optional.ofNullable(skck.getTanggalTerbit()).map(SoapPoliceReports::date),
                Optional.ofNullable(skck.getBerlakuSampai()).map(SoapPoliceReports::date))));
    }

    /** Whether the answer carries a record; {@code false} for "not found"; throws for every failure code. */
    private boolean found(String operation, Respon respon) {
        if (respon == null || respon.getKodeRespon() == null) {
            throw failure(operation, RemoteFailure.MALFORMED_ANSWER, "respon missing", null);
        }
        return switch (respon.getKodeRespon()) {
            case "00" -> true;
            case "01", "02" -> false;
            case "03" -> throw failure(operation, RemoteFailure.REQUEST_REFUSED, "kodeRespon 03", null);
            case "90" -> throw failure(operation, RemoteFailure.CREDENTIALS_REJECTED, "kodeRespon 90", null);
            case "91" -> throw failure(operation, RemoteFailure.UNAVAILABLE, "kodeRespon 91, quota", null);
            case "99" -> throw failure(operation, RemoteFailure.REMOTE_ERROR, "kodeRespon 99", null);
            default -> throw failure(operation, RemoteFailure.MALFORMED_ANSWER, "unknown kodeRespon", null);
        };
    }

    private <T> T call(String operation, Supplier<T> soapCall) {
        try {
            return soapCall.get();
        } catch (SOAPFaultException e) {
            String code = e.getFault() == null || e.getFault().getFaultCodeAsQName() == null ? ""
                    : e.getFault().getFaultCodeAsQName().getLocalPart();
            RemoteFailure kind = unreadable(e) ? RemoteFailure.MALFORMED_ANSWER
                    : "Client".equals(code) ? RemoteFailure.REQUEST_REFUSED : RemoteFailure.REMOTE_ERROR;
            throw failure(operation, kind, "SOAP fault " + code, null);
        } catch (WebServiceException e) {
            throw failure(operation, classify(e), "SOAP/HTTP", null);
        } catch (RuntimeException e) {
            throw failure(operation, RemoteFailure.MALFORMED_ANSWER, e.getClass().getSimpleName(), null);
        }
    }

    private <T> T translate(String operation, Supplier<T> translation) {
        try {
            return translation.get();
        } catch (RuntimeException e) {
            throw failure(operation, RemoteFailure.MALFORMED_ANSWER, "unexpected content", null);
        }
    }

    /** Walks the causes: CXF wraps transport problems several levels deep. */
    private static RemoteFailure classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return RemoteFailure.TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof java.net.UnknownHostException) {
                return RemoteFailure.UNAVAILABLE;
            }
            if (t instanceof javax.xml.stream.XMLStreamException || t instanceof jakarta.xml.bind.JAXBException
                    || t instanceof jakarta.xml.bind.UnmarshalException) {
                return RemoteFailure.MALFORMED_ANSWER;
            }
            String name = t.getClass().getName();
            if (name.contains("Unmarshal") || name.contains("XMLStream") || name.contains("SAXParse")) {
                return RemoteFailure.MALFORMED_ANSWER;
            }
            if (t instanceof org.apache.cxf.transport.http.HTTPException http) {
                return id.simpul.adapters.support.HttpFailures.ofStatus(http.getResponseCode())
                        .orElse(RemoteFailure.MALFORMED_ANSWER);
            }
            if (t instanceof java.io.IOException) {
                return RemoteFailure.UNAVAILABLE;
            }
        }
        return RemoteFailure.MALFORMED_ANSWER;
    }

    /** CXF reports an answer it could not read as a local SOAP fault; its cause tells it apart. */
    private static boolean unreadable(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (classify(t) == RemoteFailure.MALFORMED_ANSWER && !(t instanceof java.io.IOException)) {
                String name = t.getClass().getName();
                if (name.contains("Unmarshal") || name.contains("XMLStream") || name.contains("Wstx")
                        || t instanceof javax.xml.stream.XMLStreamException) {
                    return true;
                }
            }
        }
        return false;
    }

    private RemoteCallException failure(String operation, RemoteFailure kind, String detail, Throwable cause) {
        return RemoteCallException.of(descriptor, operation, kind, detail, cause);
    }

    private Kredensial credentials() {
        Kredensial k = new Kredensial();
        k.setIdPengguna(settings.user());
        k.setKataSandi(settings.password().reveal());
        k.setKodeInstansi(settings.institution());
        return k;
    }

    private static PoliceOffice office(KantorPolisi k) {
        PoliceOfficeLevel level = switch (k.getTingkat()) {
            case POLSEK -> PoliceOfficeLevel.POLSEK;
            case POLRES, POLRESTA -> PoliceOfficeLevel.POLRES;
            case POLDA -> PoliceOfficeLevel.POLDA;
        };
        return new PoliceOffice(k.getNamaKantor(), level, RegionCode.parse(k.getKodeWilayah()));
    }

    private static LostItem item(BarangHilang b) {
        LostItemKind kind = switch (b.getJenis()) {
            case KTP_EL -> LostItemKind.KTP_EL;
            case KARTU_KELUARGA -> LostItemKind.FAMILY_CARD;
            case SIM -> LostItemKind.DRIVING_LICENCE;
            case STNK -> LostItemKind.VEHICLE_REGISTRATION;
            case BPKB -> LostItemKind.VEHICLE_OWNERSHIP_BOOK;
            case PASPOR -> LostItemKind.PASSPORT;
            case BUKU_TABUNGAN, KARTU_ATM -> LostItemKind.BANK_CARD;
            case IJAZAH, SERTIFIKAT_TANAH -> LostItemKind.CERTIFICATE;
            case LAINNYA -> LostItemKind.OTHER;
        };
        return new LostItem(kind, b.getJenis().value().replace('_', ' ') + " (" + b.getJumlah() + ")");
    }

    private static SkckState state(String status) {
        return switch (status) {
            case "DIPROSES" -> SkckState.IN_PROCESS;
            case "TERBIT", "KEDALUWARSA" -> SkckState.ISSUED;
            case "DITOLAK" -> SkckState.REJECTED;
            default -> throw new IllegalArgumentException("unknown SKCK status");
        };
    }

    private static LocalDate date(XMLGregorianCalendar c) {
        return LocalDate.of(c.getYear(), c.getMonth(), c.getDay());
    }

    private static VerifikasiPortType proxy(PolriSettings settings) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(VerifikasiPortType.class);
        factory.setAddress(settings.url().toString());
        VerifikasiPortType port = factory.create(VerifikasiPortType.class);
        Client client = ClientProxy.getClient(port);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(settings.connectTimeout().toMillis());
        policy.setReceiveTimeout(settings.receiveTimeout().toMillis());
        policy.setAllowChunking(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
        return port;
    }
}
