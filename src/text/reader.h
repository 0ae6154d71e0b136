// The text stage's entry point: a source file -> sentences.
#pragma once

#include <optional>
#include <string>

#include "text/document.h"
#include "text/segment.h"
#include "text/source.h"

namespace cc {

enum class InputType { Markdown, Text, Html };

// The input type a file name implies (.md/.markdown, .txt, .html/.htm);
// Markdown for anything else.
InputType input_type_for(const std::string& path);
// Parses "markdown", "text", "html"; nullopt for anything else.
std::optional<InputType> parse_input_type(const std::string& name);

// Blocks and sentences of `file` read as `type`.
Document read_document(const SourceFile& file, InputType type, const Segmenter& segmenter);

}  // namespace cc
