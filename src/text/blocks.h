// Finding the prose in a file: blocks (paragraphs, headings, list items,
// table cells) as pieces of the original bytes. One function per format.
#pragma once

#include <string_view>
#include <vector>

#include "text/document.h"

namespace cc {

// Markdown: skips front matter, fenced and indented code, HTML comments,
// inline code, link and image targets and bare URLs.
std::vector<Block> markdown_blocks(std::string_view bytes, size_t content_start);

// Plain text: blank lines separate paragraphs; bullet lines and heading-like
// lines are blocks of their own; bare URLs are skipped.
std::vector<Block> text_blocks(std::string_view bytes, size_t content_start);

// HTML: text of block elements (p, h1-h6, li, td, th, div, blockquote);
// script, style, head, nav, footer, comments and tags are dropped, and
// entities (&nbsp; &amp; &#8364;) are decoded by the normalizer.
std::vector<Block> html_blocks(std::string_view bytes, size_t content_start);

// The prose pieces of one line of inline text: drops inline code, link and
// image targets, HTML tags and bare URLs (Markdown when `markdown` is set).
void inline_spans(std::string_view bytes, Span line, bool markdown, std::vector<Span>& out);

// Length of a bullet or number marker ("- ", "* ", "• ", "1. ", "2) ") at the
// start of `line` including the following space, or 0 when there is none.
size_t list_marker_length(std::string_view line);

}  // namespace cc
