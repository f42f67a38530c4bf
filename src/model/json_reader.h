// The one bounded JSON reader. Every loader and importer (debate files, AIF maps, ClaimReview
// records, settings, the reload locator) parses through parse_json, so the limits, the positions
// of syntax errors and the wording of messages are the same everywhere. Pure C++: nlohmann's lexer
// does the tokenising; nothing outside json_reader.cpp sees nlohmann's parser.
#pragma once

#include "model/diagnostic.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// A parsed value, read-only: every value is 16 bytes in one array (a container's children side by
// side; an object's as key, value, key, value...) and all strings share one buffer. A fraction of
// the time and memory of a DOM of maps and strings, which matters for the largest files the limits
// allow and for hostile ones made of millions of tiny values.
class JsonValue {
public:
    enum class Type : uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

    Type type() const { return type_; }
    bool is_null() const { return type_ == Type::Null; }
    bool is_string() const { return type_ == Type::String; }
    bool is_array() const { return type_ == Type::Array; }
    bool is_object() const { return type_ == Type::Object; }
    bool is_boolean() const { return type_ == Type::Boolean; }
    // A number written without fraction or exponent: Unsigned when >= 0, Integer when negative.
    bool is_number_unsigned() const { return type_ == Type::Unsigned; }
    bool is_whole_number() const { return type_ == Type::Unsigned || type_ == Type::Integer; }
    bool is_number() const { return is_whole_number() || type_ == Type::Float; }

    size_t size() const { return is_array() || is_object() ? count_ : 0; }
    bool empty() const { return size() == 0; }
    // Arrays: the i-th element.
    const JsonValue& operator[](size_t i) const { return u_.values[i]; }
    // Objects: the i-th member's key and value, and the member with a key (or nullptr).
    std::string_view key(size_t i) const { return u_.values[2 * i].str(); }
    const JsonValue& member(size_t i) const { return u_.values[2 * i + 1]; }
    const JsonValue* find(std::string_view k) const;

    std::string_view str() const { return is_string() ? std::string_view(u_.chars, count_) : std::string_view(); }
    bool boolean() const { return u_.boolean; }
    uint64_t unsigned_value() const { return u_.unsigned_value; }
    int64_t integer_value() const { return type_ == Type::Unsigned ? static_cast<int64_t>(u_.unsigned_value) : u_.integer; }
    double number() const;

private:
    friend class JsonBuilder;
    Type type_ = Type::Null;
    uint32_t count_ = 0;  // string bytes, array elements or object members
    union {
        bool boolean;
        int64_t integer;
        uint64_t unsigned_value;
        double number;
        size_t offset;  // while parsing: into the string buffer or the value array
        const char* chars;
        const JsonValue* values;
    } u_ = {};
};

// The values of one parsed text. Movable (the buffers move with it, so values stay valid), not copyable.
struct JsonDocument {
    std::vector<JsonValue> values;
    std::vector<char> chars;
    JsonValue root;
    JsonDocument() = default;
    JsonDocument(JsonDocument&&) = default;
    JsonDocument& operator=(JsonDocument&&) = default;
    JsonDocument(const JsonDocument&) = delete;
    JsonDocument& operator=(const JsonDocument&) = delete;
};

// Parses `text` within `limits`: file size, NUL bytes, nesting depth, string length, the number of
// values, and duplicate keys (JSON allows them, but one silently drops an editor's text). On failure
// adds one error naming `label` and the place (line and column for a syntax error, the JSON path for
// a limit or a duplicate key) and returns false. A UTF-8 byte order mark at the start is skipped.
bool parse_json(std::string_view text, const std::string& label, const LoadLimits& limits, JsonDocument& doc,
                std::vector<Diagnostic>& diagnostics);

// "a string", "a whole number", "an object"...: how messages name what was found instead.
const char* json_type_name(const JsonValue& v);
// One reference token of a JSON pointer ("a/b" -> "a~1b").
std::string json_pointer_token(std::string_view key);
// `s` as a JSON string literal, UTF-8 written as is: only '"', '\\' and control characters are escaped.
void append_json_string(std::string& out, std::string_view s);
// Compact JSON text of a value (fields a loader keeps without understanding them are written back so).
std::string write_json(const JsonValue& v);
// An id as argument-mapping tools write them: a string, or a whole number read as its digits.
// Empty for any other type.
std::string json_id_text(const JsonValue& v);

}  // namespace dl
