package io.cityops.ingest.catalogue;

/** A catalogue file that cannot be used; the message names the file and the place in the document. */
public final class CatalogueException extends RuntimeException {

    private final String source;
    private final String documentPath;

    public CatalogueException(String source, String documentPath, String problem) {
        this(source, documentPath, problem, null);
    }

    public CatalogueException(String source, String documentPath, String problem, Throwable cause) {
        super("catalogue " + source + (documentPath.isEmpty() ? "" : " at " + documentPath) + ": " + problem, cause);
        this.source = source;
        this.documentPath = documentPath;
    }

    /** The file or resource the catalogue was read from. */
    public String source() {
        return source;
    }

    /** Where in the document the problem is, for instance {@code regions[0].children[3].id}; empty for the whole file. */
    public String documentPath() {
        return documentPath;
    }
}
