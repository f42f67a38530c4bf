// The bounded JSON reader: nlohmann's SAX lexer feeding a compact document, limits enforced while
// parsing (so a 100 000-deep or million-value file is refused before it takes memory).
#include "model/json_reader.h"
#include "model/json_writer.h"
#include "model/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <unordered_set>

namespace dl {

const JsonValue* JsonValue::find(std::string_view k) const {
    for (size_t i = 0; i < size(); ++i)
        if (key(i) == k) return &member(i);
    return nullptr;
}

double JsonValue::number() const {
    switch (type_) {
        case Type::Unsigned: return static_cast<double>(u_.unsigned_value);
        case Type::Integer: return static_cast<double>(u_.integer);
        case Type::Float: return u_.number;
        default: return 0.0;
    }
}

std::string json_pointer_token(std::string_view key) {
    std::string t;
    t.reserve(key.size());
    for (char c : key) {
        if (c == '~') t += "~0";
        else if (c == '/') t += "~1";
        else t += c;
    }
    return t;
}

const char* json_type_name(const JsonValue& v) {
    switch (v.type()) {
        case JsonValue::Type::Null: return "null";
        case JsonValue::Type::Object: return "an object";
        case JsonValue::Type::Array: return "a list";
        case JsonValue::Type::String: return "a string";
        case JsonValue::Type::Boolean: return "a boolean";
        case JsonValue::Type::Integer:
        case JsonValue::Type::Unsigned: return "a whole number";
        case JsonValue::Type::Float: return "a number";
    }
    return "a value of another type";
}

std::string json_id_text(const JsonValue& v) {
    if (v.is_string()) return std::string(v.str());
    if (v.is_number_unsigned()) return std::to_string(v.unsigned_value());
    if (v.type() == JsonValue::Type::Integer) return std::to_string(v.integer_value());
    return "";
}

void append_json_string(std::string& out, std::string_view s) {
    static const char* const hex = "0123456789abcdef";
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
}

namespace {
void write_value(std::string& out, const JsonValue& v) {
    switch (v.type()) {
        case JsonValue::Type::Null: out += "null"; return;
        case JsonValue::Type::Boolean: out += v.boolean() ? "true" : "false"; return;
        case JsonValue::Type::Unsigned: out += std::to_string(v.unsigned_value()); return;
        case JsonValue::Type::Integer: out += std::to_string(v.integer_value()); return;
        case JsonValue::Type::Float: out += JsonWriter().value(v.number()).str(); return;
        case JsonValue::Type::String: append_json_string(out, v.str()); return;
        case JsonValue::Type::Array:
            out += '[';
            for (size_t i = 0; i < v.size(); ++i) {
                if (i) out += ',';
                write_value(out, v[i]);
            }
            out += ']';
            return;
        case JsonValue::Type::Object:
            out += '{';
            for (size_t i = 0; i < v.size(); ++i) {
                if (i) out += ',';
                append_json_string(out, v.key(i));
                out += ':';
                write_value(out, v.member(i));
            }
            out += '}';
            return;
    }
}
}  // namespace

std::string write_json(const JsonValue& v) {
    std::string out;
    write_value(out, v);
    return out;
}

// nlohmann's SAX events feeding a JsonDocument, with the limits checked as each value arrives.
class JsonBuilder {
public:
    using number_integer_t = nlohmann::json::number_integer_t;
    using number_unsigned_t = nlohmann::json::number_unsigned_t;
    using number_float_t = nlohmann::json::number_float_t;
    using string_t = nlohmann::json::string_t;
    using binary_t = nlohmann::json::binary_t;

    // Decoded strings are never longer than the text they come from: one allocation holds them all
    // (and the buffer is never empty, so string views never point at null).
    JsonBuilder(JsonDocument& doc, const LoadLimits& limits, size_t text_bytes) : doc_(doc), limits_(limits) {
        doc_.chars.reserve(text_bytes + 1);
    }

    bool null() { return add(JsonValue::Type::Null, [](JsonValue&) {}); }
    bool boolean(bool v) { return add(JsonValue::Type::Boolean, [&](JsonValue& x) { x.u_.boolean = v; }); }
    bool number_integer(number_integer_t v) { return add(JsonValue::Type::Integer, [&](JsonValue& x) { x.u_.integer = v; }); }
    bool number_unsigned(number_unsigned_t v) { return add(JsonValue::Type::Unsigned, [&](JsonValue& x) { x.u_.unsigned_value = v; }); }
    bool number_float(number_float_t v, const string_t&) { return add(JsonValue::Type::Float, [&](JsonValue& x) { x.u_.number = v; }); }
    bool binary(binary_t&) { return fail("binary values are not JSON"); }  // never sent for JSON text
    bool string(string_t& v) {
        if (v.size() > limits_.max_string_bytes)
            return fail("string is " + std::to_string(v.size()) + " bytes long; the limit is " +
                        std::to_string(limits_.max_string_bytes));
        return add(JsonValue::Type::String, [&](JsonValue& x) { store(x, v); });
    }
    bool start_object(std::size_t) { return open(false); }
    bool key(string_t& k) {
        Frame& f = frames_.back();
        if (k.size() > limits_.max_string_bytes) return fail("a key is longer than the string limit");
        if (k.find('\0') != std::string::npos) return fail("a key contains a NUL character");
        // This object's members so far are key, value pairs in pending_ from f.start: a linear scan
        // while there are few (every object of the format), a hash set once there are many.
        const size_t members = (pending_.size() - f.start) / 2;
        bool duplicate = false;
        if (f.many_keys) {
            duplicate = !f.many_keys->insert(k).second;
        } else {
            for (size_t i = f.start; i < pending_.size() && !duplicate; i += 2) duplicate = text_of(pending_[i]) == k;
            if (!duplicate && members >= kLinearKeys) {
                f.many_keys = std::make_unique<std::unordered_set<std::string>>();
                for (size_t i = f.start; i < pending_.size(); i += 2) f.many_keys->emplace(text_of(pending_[i]));
                f.many_keys->insert(k);
            }
        }
        JsonValue key_value;
        key_value.type_ = JsonValue::Type::String;
        store(key_value, k);
        f.key = pending_.size();
        pending_.push_back(key_value);
        if (duplicate) return fail("duplicate key \"" + elide(k, 60) + "\": JSON keeps only one of them, so say it once");
        return true;
    }
    bool end_object() { return close(JsonValue::Type::Object); }
    bool start_array(std::size_t) { return open(true); }
    bool end_array() { return close(JsonValue::Type::Array); }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) {
        syntax_error_ = true;
        error_position_ = position;
        error_token_ = last_token;
        // nlohmann prefixes "[json.exception...] parse error at line L, column C: "; we print our own place.
        const std::string what = ex.what();
        const auto colon = what.find(": ", what.find("column"));
        error_message_ = colon == std::string::npos ? what : what.substr(colon + 2);
        return false;
    }

    // After a successful parse: offsets become pointers (the buffers no longer move).
    void finish() {
        doc_.root = pending_.empty() ? JsonValue() : pending_.front();
        for (JsonValue& v : doc_.values) fix(v);
        fix(doc_.root);
    }

    bool syntax_error() const { return syntax_error_; }
    // nlohmann's position is just past the offending token; editors want where it starts. The token
    // string is not always the literal text (for bad literals it is what the lexer buffered).
    size_t error_start(std::string_view text) const {
        const std::string& t = error_token_;
        const bool buffered = error_message_.find("last read:") != std::string::npos;
        if (!buffered && !t.empty() && error_position_ >= t.size() && error_position_ <= text.size() &&
            text.compare(error_position_ - t.size(), t.size(), t) == 0)
            return error_position_ - t.size();
        // Otherwise back up over blanks to the start of the offending word ("tru", "nul").
        size_t p = std::min(error_position_, text.size());
        while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == '\r' || text[p - 1] == '\n')) --p;
        while (p > 0 && std::isalnum(static_cast<unsigned char>(text[p - 1]))) --p;
        return p;
    }
    const std::string& error_message() const { return error_message_; }
    const std::string& error_path() const { return error_path_; }

private:
    static constexpr size_t kLinearKeys = 16;
    struct Frame {
        bool is_array;
        size_t start;  // where this container's children start in pending_
        size_t index;  // arrays: the index of the element being read
        size_t key;    // objects: the key being read, in pending_
        std::unique_ptr<std::unordered_set<std::string>> many_keys;  // objects with many keys
    };

    std::string_view text_of(const JsonValue& v) const { return std::string_view(doc_.chars.data() + v.u_.offset, v.count_); }
    void store(JsonValue& v, const std::string& s) {
        v.u_.offset = doc_.chars.size();
        v.count_ = static_cast<uint32_t>(s.size());
        doc_.chars.insert(doc_.chars.end(), s.begin(), s.end());
    }
    void fix(JsonValue& v) {
        if (v.type_ == JsonValue::Type::String) v.u_.chars = doc_.chars.data() + v.u_.offset;
        else if (v.type_ == JsonValue::Type::Array || v.type_ == JsonValue::Type::Object) v.u_.values = doc_.values.data() + v.u_.offset;
    }

    std::string current_path() const {
        std::string p;
        for (const auto& f : frames_) {
            if (f.is_array) p += "/" + std::to_string(f.index);
            else if (f.key != SIZE_MAX) p += "/" + json_pointer_token(text_of(pending_[f.key]));
        }
        return p;
    }
    bool fail(std::string message) {
        error_path_ = current_path();
        error_message_ = std::move(message);
        return false;
    }
    // Every value counts towards max_values.
    bool count_value() {
        if (++values_ <= limits_.max_values) return true;
        return fail("the file holds more than " + std::to_string(limits_.max_values) +
                    " values (objects, lists, strings, numbers); that is the limit");
    }
    template <class F>
    bool add(JsonValue::Type type, F&& set) {
        if (!count_value()) return false;
        JsonValue v;
        v.type_ = type;
        set(v);
        push(v);
        return true;
    }
    void push(const JsonValue& v) {
        pending_.push_back(v);
        if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
    }
    bool open(bool is_array) {
        if (frames_.size() >= limits_.max_depth)
            return fail("nesting is deeper than " + std::to_string(limits_.max_depth) + " levels");
        if (!count_value()) return false;
        frames_.push_back({is_array, pending_.size(), 0, SIZE_MAX, nullptr});
        return true;
    }
    // A container is complete: its children move, side by side, to the document's value array.
    bool close(JsonValue::Type type) {
        const size_t start = frames_.back().start;
        JsonValue v;
        v.type_ = type;
        v.u_.offset = doc_.values.size();
        const size_t children = pending_.size() - start;
        v.count_ = static_cast<uint32_t>(type == JsonValue::Type::Object ? children / 2 : children);
        doc_.values.insert(doc_.values.end(), pending_.begin() + static_cast<std::ptrdiff_t>(start), pending_.end());
        pending_.resize(start);
        frames_.pop_back();
        push(v);
        return true;
    }

    JsonDocument& doc_;
    const LoadLimits& limits_;
    std::vector<Frame> frames_;
    std::vector<JsonValue> pending_;  // children of the open containers, outermost first; then the root
    size_t values_ = 0;
    bool syntax_error_ = false;
    size_t error_position_ = 0;
    std::string error_message_, error_path_, error_token_;
};

bool parse_json(std::string_view text, const std::string& label, const LoadLimits& limits, JsonDocument& doc,
                std::vector<Diagnostic>& diagnostics) {
    doc = JsonDocument{};
    if (text.size() > limits.max_file_bytes) {
        diagnostics.push_back({Severity::Error, label, "", 0, 0,
                               "file is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(limits.max_file_bytes)});
        return false;
    }
    // nlohmann's lexer takes a NUL byte outside a string for the end of the input, so a file
    // "{...}\0anything" would load with its tail unread. JSON text never holds a raw NUL.
    if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
        Diagnostic d{Severity::Error, label, "", 0, 0, "the file contains a NUL byte, which JSON does not allow (is it a text file?)"};
        line_and_column(text, static_cast<size_t>(static_cast<const char*>(nul) - text.data()), d.line, d.column);
        diagnostics.push_back(std::move(d));
        return false;
    }
    JsonBuilder builder(doc, limits, text.size());
    if (!nlohmann::json::sax_parse(text.begin(), text.end(), &builder, nlohmann::json::input_format_t::json, true)) {
        Diagnostic d{Severity::Error, label, "", 0, 0, builder.error_message()};
        if (builder.syntax_error()) line_and_column(text, builder.error_start(text), d.line, d.column);
        else d.path = builder.error_path();
        diagnostics.push_back(std::move(d));
        doc = JsonDocument{};
        return false;
    }
    builder.finish();
    return true;
}

}  // namespace dl
