package io.prontodb.store;

import java.nio.file.Path;

/**
 * How the contract suites reach one backend. A backend's tests extend each suite and return its factory; the
 * suites say nothing about SQL, files or servers.
 */
public interface StoreFactory {
    /** A fresh, empty store that may keep files under {@code dir} (a private temp directory). */
    Store createEmpty(Path dir);

    /** Another connection to the data of the store {@link #createEmpty} made for {@code dir}, as a second process has. */
    Store connectAgain(Path dir);
}
