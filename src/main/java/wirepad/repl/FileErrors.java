package wirepad.repl;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why a file could not be read or written, in words. Java's file exceptions often carry only the
 * path ({@code NoSuchFileException: /x}), so "cannot read /x: /x" said nothing; this says
 * "no such file", "the directory /x/y does not exist", "permission denied", "it is a directory".
 * Shared by the REPL commands and the command line: use {@link #cannot} for the whole sentence.
 */
public final class FileErrors {
    private FileErrors() {}

    /** {@code "cannot read NAME: why"}; {@code shown} is the name as the user typed it. */
    public static String cannot(String verb, String shown, Path path, IOException e) {
        return "cannot " + verb + " " + shown + ": " + why(path, e);
    }

    /** Why {@code e} happened to {@code path}. */
    public static String why(Path path, IOException e) {
        if (path != null && Files.isDirectory(path) && !(e instanceof FileAlreadyExistsException)) return "it is a directory";
        if (e instanceof NoSuchFileException) {
            Path parent = path == null ? null : path.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Path shownParent = path.getParent() != null ? path.getParent() : parent;
                return Files.exists(parent) ? shownParent + " is not a directory" : "the directory " + shownParent + " does not exist";
            }
            return "no such file";
        }
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return "it already exists";
        if (e instanceof NotDirectoryException) return "a part of the path is not a directory";
        if (e instanceof FileSystemException f && f.getReason() != null) return lowerFirst(f.getReason());
        String m = e.getMessage();
        if (m == null || m.isBlank() || (path != null && m.equals(path.toString()))) return e.getClass().getSimpleName();
        return lowerFirst(m);
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1)))
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        return s;
    }
}
