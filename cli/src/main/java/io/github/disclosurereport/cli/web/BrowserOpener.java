package io.github.disclosurereport.cli.web;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens the page in the clerk's default browser: the desktop's own way, else the system's opener command. */
public final class BrowserOpener {

    private BrowserOpener() {
    }

    /**
     * Tries to open the address.
     *
     * @param uri the page
     * @return whether a browser was asked to open it
     */
    public static boolean open(URI uri) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the system's opener
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
                : os.contains("mac") ? List.of("open", uri.toString()) : List.of("xdg-open", uri.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
