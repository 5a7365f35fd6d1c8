package london.sanctuary.workspace.sessions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough reading of a page for the page tests: an element's opening tag by id, an attribute, the visible text. */
final class Html {

    private Html() {}

    /** The opening tag of the element with this id, or an empty string. */
    static String tag(String html, String id) {
        Matcher m = Pattern.compile("<[a-zA-Z]+[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        return m.find() ? m.group() : "";
    }

    static String attr(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    /** The text a reader sees, tags removed and white space collapsed. */
    static String text(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", "")
                .replaceAll("<[^>]+>", " ")
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The HTML from the element with this id to the end of its list item or table row. */
    static String block(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            return "";
        }
        int end = html.indexOf("</tr>", start);
        int li = html.indexOf("</li>\n    </ul>", start);
        int stop = end < 0 ? li : li < 0 ? end : Math.min(end, li);
        return html.substring(start, stop < 0 ? html.length() : stop);
    }
}
