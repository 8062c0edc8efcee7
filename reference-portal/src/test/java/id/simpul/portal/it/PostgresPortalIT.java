package id.simpul.portal.it;

/** The API rules against a real PostgreSQL (embedded, started from a Maven artifact). */
class PostgresPortalIT extends PortalApiContract {

    @Override
    PortalProcess portal() {
        return Portals.postgres();
    }
}
