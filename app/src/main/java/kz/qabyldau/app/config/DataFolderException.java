package kz.qabyldau.app.config;

import java.nio.file.Path;

/** The data folder cannot be created or written to. */
public final class DataFolderException extends StorageException {

    private static final long serialVersionUID = 1L;

    /** The folder (or one of its parents) cannot be created: {@code {0}} is the folder. */
    public static final String CANNOT_CREATE = "store.dataFolder.cannotCreate";
    /** The folder exists but the program cannot write files into it. */
    public static final String NOT_WRITABLE = "store.dataFolder.notWritable";

    DataFolderException(String messageKey, Path folder, Throwable cause) {
        super(messageKey, folder, cause == null ? null : cause.toString(), cause);
    }
}
