package io.github.disclosurereport.read.source;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * How a page's HTML reads as text: which elements hold no report text, which end a line, whitespace collapsed, and
 * the stack walk in document order that the readers of a page share.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** Elements whose content is never report text. */
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "select", "button", "textarea", "nav", "head", "title", "svg", "math");

    /** Elements that end the text before them and start their own (everything else is read inline). */
    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "address", "section", "article", "header", "footer", "aside",
            "main", "figure", "figcaption", "center", "form", "fieldset", "hr", "body", "html", "caption", "tr",
            "td", "th", "thead", "tbody", "tfoot", "table", "legend", "details", "summary");

    /** HTML whitespace collapsed to one space; a no-break space is a space too. */
    static void appendCollapsed(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
            if (space) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    /** Each line trimmed of the spaces HTML layout leaves; blank lines at the start and end dropped. */
    static String clean(CharSequence raw) {
        String[] lines = raw.toString().split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.strip());
        }
        return out.toString().strip();
    }

    /** Marks where a block element ends while walking with a stack. */
    static final class BlockEnd extends TextNode {
        BlockEnd() {
            super("");
        }
    }

    /** Puts an element's children on a walking stack so that they come off in document order. */
    static void pushChildren(Deque<Node> stack, Element e) {
        List<Node> children = e.childNodes();
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }
}
