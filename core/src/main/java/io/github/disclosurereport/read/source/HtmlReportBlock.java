package io.github.disclosurereport.read.source;

import io.github.disclosurereport.text.ReportTitles;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the report on a site's page without per-site selectors: its title, and the box that holds its tables.
 */
final class HtmlReportBlock {

    private HtmlReportBlock() {
    }

    /** Most nodes looked at for one title candidate. */
    static final int MAX_TITLE_NODES = 300;

    /** More outermost tables than this after the title give no article box (a page of layout tables, or hostile). */
    static final int MAX_ARTICLE_TABLES = 200;

    /**
     * The page's report title: the first innermost element (outside links and chrome) whose text names a year's
     * report ({@code …2023年…报告}) and is short and unpunctuated like a title; null when there is none. A site's
     * navigation comes before it in the page, so the report is read from here on.
     */
    static Element reportTitle(Element body) {
        Map<Element, Integer> visible = visibleCharacters(body);
        for (Element e : body.getAllElements()) {
            int chars = visible.getOrDefault(e, 0);
            if (chars < MIN_TITLE_CHARS || chars > 80) {
                continue; // cannot be a title's text: its exact text is not built (a page may hold thousands)
            }
            String text = shortText(e);
            if (text.length() < 8 || !ReportTitles.isYearsReport(text)) {
                continue;
            }
            boolean innermost = true;
            for (Element child : e.children()) {
                if (shortText(child).equals(text)) {
                    innermost = false;
                    break;
                }
            }
            if (innermost && !holdsBlocksOrLinks(e) && !inChrome(e)) {
                return e;
            }
        }
        return null;
    }

    /** Characters other than whitespace in the shortest title: 2023年报告. */
    static final int MIN_TITLE_CHARS = 7;

    /**
     * Every element's count of characters other than whitespace (text of scripts and styles left out), counted up
     * to 81 — past any title's length — in one pass from the leaves up.
     */
    static Map<Element, Integer> visibleCharacters(Element root) {
        Map<Element, Integer> counts = new IdentityHashMap<>();
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Element> finished = new ArrayDeque<>(); // elements in the order their subtrees end, leaves first
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Element el && !HtmlText.SKIPPED.contains(el.normalName())) {
                finished.push(el);
                HtmlText.pushChildren(stack, el);
            }
        }
        // pre-order reversed: every element comes after all of its descendants
        for (Element el : finished) {
            int sum = 0;
            for (Node child : el.childNodes()) {
                if (child instanceof TextNode t) {
                    sum += nonWhitespace(t.getWholeText());
                } else if (child instanceof Element c) {
                    sum += counts.getOrDefault(c, 0);
                }
                if (sum > 80) {
                    sum = 81;
                    break;
                }
            }
            counts.put(el, sum);
        }
        return counts;
    }

    private static int nonWhitespace(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n <= 80; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                n++;
            }
        }
        return n;
    }

    /**
     * An element's text, whitespace collapsed and trimmed — or, once longer than any title, cut there: a title
     * candidate's text is never built for the whole page.
     */
    static String shortText(Element e) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        HtmlText.pushChildren(stack, e);
        int visited = 0;
        while (!stack.isEmpty() && sb.length() <= 81) {
            if (++visited > MAX_TITLE_NODES) {
                return ""; // a title is a few runs of text, not a subtree this large
            }
            Node n = stack.pop();
            if (n instanceof TextNode t) {
                HtmlText.appendCollapsed(sb, t.getWholeText());
            } else if (n instanceof Element el && !HtmlText.SKIPPED.contains(el.normalName())) {
                HtmlText.pushChildren(stack, el);
            }
        }
        return sb.toString().strip();
    }

    /** Block children or links inside: a container of several lines or a menu, not a title's own element. */
    static boolean holdsBlocksOrLinks(Element e) {
        Deque<Element> stack = new ArrayDeque<>(e.children());
        int visited = 0;
        while (!stack.isEmpty()) {
            if (++visited > MAX_TITLE_NODES) {
                return true;
            }
            Element c = stack.pop();
            String tag = c.normalName();
            if (HtmlText.BLOCKS.contains(tag) && !tag.equals("p") || tag.equals("a") && !c.text().isBlank()) {
                return true;
            }
            stack.addAll(c.children());
        }
        return false;
    }

    /** Inside a link, a script or a navigation element: never the report's own text. */
    static boolean inChrome(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("a") || tag.equals("title") || HtmlText.SKIPPED.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The innermost element holding every outermost table after the title — the article body a site pastes the
     * report into (its {@code TRS_Editor}, {@code article}, {@code content} box, found without knowing its name) —
     * or null when fewer than two tables give no reliable box.
     */
    static Element tablesContainer(Element body, Element title, Set<Element> layout) {
        List<Element> tables = new ArrayList<>();
        boolean after = false;
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(body);
        while (!stack.isEmpty() && tables.size() <= MAX_ARTICLE_TABLES) {
            Element e = stack.pop();
            if (e == title) {
                after = true;
            }
            if (e.normalName().equals("table") && !layout.contains(e)) {
                if (after) {
                    tables.add(e); // outermost: the walk does not go into tables
                }
                continue;
            }
            List<Element> children = e.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        if (tables.size() > MAX_ARTICLE_TABLES) {
            return null;
        }
        if (tables.size() < 2) {
            return null;
        }
        List<Element> common = new ArrayList<>(tables.get(0).parents()); // innermost first
        for (Element t : tables.subList(1, tables.size())) {
            List<Element> ancestors = t.parents();
            common.removeIf(a -> !ancestors.contains(a));
        }
        return common.isEmpty() ? null : common.get(0);
    }
}
