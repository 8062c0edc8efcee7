package id.simpul.portal.it;

/** The API rules against the default H2 file database. */
class H2PortalIT extends PortalApiContract {

    @Override
    PortalProcess portal() {
        return Portals.h2();
    }
}
