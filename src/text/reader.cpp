#include "text/reader.h"

#include "text/blocks.h"
#include "text/dateline.h"

#include <cctype>

namespace cc {
namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

InputType input_type_for(const std::string& path) {
  std::string p;
  for (char c : path) p += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ends_with(p, ".txt") || ends_with(p, ".text")) return InputType::Text;
  if (ends_with(p, ".html") || ends_with(p, ".htm") || ends_with(p, ".xhtml")) return InputType::Html;
  return InputType::Markdown;
}

std::optional<InputType> parse_input_type(const std::string& name) {
  if (name == "markdown" || name == "md") return InputType::Markdown;
  if (name == "text" || name == "txt") return InputType::Text;
  if (name == "html") return InputType::Html;
  return std::nullopt;
}

Document read_document(const SourceFile& file, InputType type, const Segmenter& segmenter) {
  std::vector<Block> blocks;
  switch (type) {
    case InputType::Markdown:
      blocks = markdown_blocks(file.bytes(), file.content_start());
      break;
    case InputType::Text:
      blocks = text_blocks(file.bytes(), file.content_start());
      break;
    case InputType::Html:
      blocks = html_blocks(file.bytes(), file.content_start());
      break;
  }
  Document doc = segment(file, blocks, segmenter);
  PublicationDate date = publication_date(file.bytes(), type);
  doc.year = date.year;
  doc.month = date.month;
  return doc;
}

}  // namespace cc
