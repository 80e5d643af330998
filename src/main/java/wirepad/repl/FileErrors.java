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
 * "no such file", "the directory /x/y does not exist", "/x/f is a file, not a directory",
 * "permission denied", "it is a directory".
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
        if (path != null && !(e instanceof AccessDeniedException)) {
            String dir = directory(path); // a missing or non-directory parent is the reason, whatever the exception
            if (dir != null) return dir;
        }
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return "it already exists";
        if (e instanceof NotDirectoryException) return "a part of the path is not a directory";
        if (e instanceof FileSystemException f && f.getReason() != null) return lowerFirst(f.getReason());
        String m = e.getMessage();
        if (m == null || m.isBlank() || (path != null && m.equals(path.toString()))) return e.getClass().getSimpleName();
        return lowerFirst(m);
    }

    /**
     * What is wrong with the directories above {@code path}, or null if its directory exists: the
     * nearest ancestor that exists decides ("/a/f is a file, not a directory" when a file stands in
     * the path, else "the directory /a/b does not exist" naming the parent as given).
     */
    private static String directory(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || Files.isDirectory(parent)) return null;
        Path shownParent = path.getParent() != null ? path.getParent() : parent;
        for (Path a = parent; a != null; a = a.getParent()) {
            if (Files.isDirectory(a)) break;
            if (Files.exists(a)) return a + (Files.isRegularFile(a) ? " is a file, not a directory" : " is not a directory");
        }
        return "the directory " + shownParent + " does not exist";
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1)))
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        return s;
    }
}
