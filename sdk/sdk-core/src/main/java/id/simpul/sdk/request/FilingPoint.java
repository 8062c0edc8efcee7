package id.simpul.sdk.request;

import id.simpul.sdk.agency.AgencyId;
import java.util.Objects;

/**
 * Where a citizen filed a request: the office whose counter or system took it, and the channel.
 * The filing point need not be competent to decide; the authority rules say who is.
 *
 * @param agency  the office that took the request
 * @param channel how it reached that office
 */
public record FilingPoint(AgencyId agency, Channel channel) {

    public FilingPoint {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(channel, "channel");
    }

    public static FilingPoint of(AgencyId agency, Channel channel) {
        return new FilingPoint(agency, channel);
    }

    public static FilingPoint of(String agency, Channel channel) {
        return new FilingPoint(AgencyId.of(agency), channel);
    }

    @Override
    public String toString() {
        return agency + "/" + channel.configName();
    }
}
