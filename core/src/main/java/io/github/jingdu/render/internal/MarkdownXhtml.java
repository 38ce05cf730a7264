package io.github.jingdu.render.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.text.internal.InlineText;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Markdown as well-formed XHTML, with Flexmark's HTML renderer: the one renderer of every output
 * (EPUB pages and notes, flashcards). Bold, italics, code, strikethrough, lists, tables, quotes
 * and code blocks as Flexmark renders them; links to the web kept and marked {@code external},
 * links to anything else (another note, a local file) kept as their text, since the output
 * cannot follow them; images through an {@link ImageSink}, their alt text when there is no image.
 * A heading inside the Markdown is a paragraph in bold, since it labels notes rather than
 * opening a part of the book. Raw HTML is escaped in blocks and left out inline, as the plain text of a paragraph leaves it
 * out, so that no author's markup can break the page or run a script. Text longer or nested
 * deeper than the reader interprets stays text. Immutable and thread-safe.
 */
public final class MarkdownXhtml {
    /** Where images go: the book stores the file and gives its href. */
    @FunctionalInterface
    public interface ImageSink {
        /**
         * @param alt the alternative text
         * @param path the path as written
         * @param title the title, or an empty string
         * @return the image's href in the output, or null when it is not included
         */
        String href(String alt, String path, String title);
    }

    /** A sink that includes no image: each shows as its alt text. */
    public static final ImageSink NO_IMAGES = (alt, path, title) -> null;

    private static final DataKey<ImageSink> IMAGES = new DataKey<>("JINGDU_IMAGES", NO_IMAGES);
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "mailto", "ftp");
    /** The reader's limits and plain text, for the limits and for images' alt text. */
    private static final InlineText TEXT = new InlineText(20_000, NotesParser.DEFAULT_MAX_NESTING_DEPTH);
    private static final MarkdownXhtml INSTANCE = new MarkdownXhtml();

    /** Flexmark with tables and strikethrough. */
    private final Parser parser;
    private final HtmlRenderer renderer;
    /**
     * Flexmark without them, for text with no {@code |} and no {@code ~}, which neither extension
     * reads: it gives the same HTML, and a parse costs less (the table extension prepares itself
     * anew for every text).
     */
    private final Parser leanParser;
    private final HtmlRenderer leanRenderer;

    private MarkdownXhtml() {
        MutableDataSet options = options(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                new Rendering()));
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        MutableDataSet lean = options(List.of(new Rendering()));
        this.leanParser = Parser.builder(lean).build();
        this.leanRenderer = HtmlRenderer.builder(lean).build();
    }

    private static MutableDataSet options(List<Extension> extensions) {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(HtmlRenderer.ESCAPE_HTML_BLOCKS, true)
                .set(HtmlRenderer.ESCAPE_HTML_COMMENT_BLOCKS, true)
                .set(HtmlRenderer.SUPPRESS_INLINE_HTML, true)
                .set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.INDENT_SIZE, 0)
                .set(TablesExtension.WITH_CAPTION, false);
    }

    /**
     * Returns the renderer.
     *
     * @return the renderer
     */
    public static MarkdownXhtml get() {
        return INSTANCE;
    }

    /**
     * Renders Markdown blocks: paragraphs, lists, tables, quotes, code.
     *
     * @param markdown the Markdown
     * @param images where images go
     * @return XHTML elements, each ending with a line break
     */
    public String blocks(String markdown, ImageSink images) {
        String html = render(markdown, images);
        if (html == null) {
            String text = markdown.strip();
            return text.isEmpty() ? "" : "<p>" + Xml.escape(text) + "</p>\n";
        }
        return Xml.clean(html);
    }

    /**
     * Renders one line of inline Markdown, read as a paragraph whatever it starts with.
     *
     * @param markdown the line
     * @param images where images go
     * @return XHTML inline content
     */
    public String inline(String markdown, ImageSink images) {
        String line = markdown.strip();
        if (!InlineText.hasSyntax(line)) {
            // Most lines of notes are plain text: no parse, the same XHTML.
            return Xml.escape(line);
        }
        String html = render(InlineText.guardBlockStart(line), images);
        return html == null ? Xml.escape(line) : Xml.clean(unwrapParagraph(html));
    }

    /**
     * Renders one line of inline Markdown with elements of the caller's (sentences, links to
     * notes) around ranges of its plain text. When the rendered text is not exactly
     * {@code plain}, the plain text is marked up instead and the formatting is lost.
     *
     * @param markdown the line
     * @param plain its plain text, as the reader gave it
     * @param marks the ranges of {@code plain} to wrap, none crossing another
     * @param images where images go
     * @return XHTML inline content, and the marks it holds (those that nest and put no link in
     *     a link)
     */
    public Spliced inline(String markdown, String plain, List<Mark> marks, ImageSink images) {
        // Characters XML cannot hold are replaced one for one, so the marks' offsets still hold.
        String text = Xml.clean(plain);
        Spliced spliced = MarkSplicer.splice(inline(markdown, images), text, marks);
        if (spliced == null) {
            spliced = MarkSplicer.splice(Xml.escape(plain), text, marks);
        }
        return spliced != null ? spliced : new Spliced(Xml.escape(plain), List.of());
    }

    /** Flexmark's HTML, or null when the text is beyond the limits the reader interprets. */
    private String render(String markdown, ImageSink images) {
        if (!TEXT.interprets(markdown)) {
            return null;
        }
        String plain = SimpleMarkdown.render(markdown);
        return plain != null ? plain : flexmark(markdown, images);
    }

    /** Flexmark's HTML, or null when Flexmark fails. */
    String flexmark(String markdown, ImageSink images) {
        boolean lean = markdown.indexOf('|') < 0 && markdown.indexOf('~') < 0;
        return flexmark(markdown, images, lean ? leanParser : parser, lean ? leanRenderer : renderer);
    }

    /** Flexmark's HTML with tables and strikethrough whatever the text, for tests. */
    String flexmarkWithExtensions(String markdown) {
        return flexmark(markdown, NO_IMAGES, parser, renderer);
    }

    private static String flexmark(String markdown, ImageSink images, Parser parser, HtmlRenderer renderer) {
        try {
            Document document = parser.parse(markdown);
            document.set(IMAGES, images);
            return renderer.render(document);
        } catch (RuntimeException | StackOverflowError e) {
            // The limits keep Flexmark's recursion shallow; should it still fail, the text is shown as it is.
            return null;
        }
    }

    private static String unwrapParagraph(String html) {
        String s = html.strip();
        if (s.startsWith("<p>") && s.endsWith("</p>") && s.indexOf("<p>", 3) < 0) {
            return s.substring(3, s.length() - 4);
        }
        return s;
    }

    /** Whether a link leads to the web: an address with a scheme the reader's browser opens. */
    static boolean isWeb(String url) {
        int colon = url.indexOf(':');
        return colon > 0 && WEB_SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /** Links and images as the outputs want them. */
    private static final class Rendering implements HtmlRenderer.HtmlRendererExtension, Parser.ParserExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new Renderers());
        }

        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
        }
    }

    private static final class Renderers implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Link.class, (node, ctx, html) -> link(node.getUrl().toString(), node, ctx, html)),
                    new NodeRenderingHandler<>(AutoLink.class, (node, ctx, html) -> link(node.getText().toString(), node, ctx, html)),
                    new NodeRenderingHandler<>(MailLink.class, (node, ctx, html) -> link("mailto:" + node.getText(), node, ctx, html)),
                    new NodeRenderingHandler<>(Image.class, Renderers::image),
                    new NodeRenderingHandler<>(Heading.class, Renderers::heading));
        }

        /**
         * A heading inside notes ({@code ##### 类似用法}) is a label of the notes, not a part of the
         * book's outline, whose levels would then skip: a paragraph in bold.
         */
        private static void heading(Heading node, NodeRendererContext ctx, HtmlWriter html) {
            html.attr("class", "heading").withAttr().tag("p").tag("strong");
            ctx.renderChildren(node);
            html.tag("/strong").tag("/p").line();
        }

        private static void link(String url, Node node, NodeRendererContext ctx, HtmlWriter html) {
            boolean web = isWeb(url.strip());
            if (web) {
                html.attr("href", url.strip()).attr("class", "external").attr("rel", "external").withAttr().tag("a");
            } else {
                html.attr("class", "link").withAttr().tag("span");
            }
            if (node instanceof AutoLink || node instanceof MailLink) {
                html.text(node.getChildChars().toString());
            } else {
                ctx.renderChildren(node);
            }
            html.tag(web ? "/a" : "/span");
        }

        private static void image(Image node, NodeRendererContext ctx, HtmlWriter html) {
            String alt = TEXT.plain(node.getText().toString());
            String href = IMAGES.get(node.getDocument()).href(alt, node.getUrl().unescape(), node.getTitle().unescape());
            if (href != null) {
                html.attr("src", href).attr("alt", alt);
                if (!node.getTitle().isBlank()) {
                    html.attr("title", node.getTitle().unescape());
                }
                html.withAttr().tagVoid("img");
            } else if (!alt.isBlank()) {
                html.attr("class", "image-alt").withAttr().tag("span").text(alt).tag("/span");
            }
        }
    }
}
