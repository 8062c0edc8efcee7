package id.simpul.federation;

import id.simpul.federation.internal.Bundle;
import id.simpul.sdk.SimpulRemoteException;

/** The directory could not be read from its file or URL; trying again later may succeed. */
public final class DirectoryUnavailableException extends SimpulRemoteException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(String where, String detail, Throwable cause) {
        super("federation-directory", "federation.directory.unavailable",
                Bundle.message("directory.unavailable", where, detail), true, cause);
    }
}
