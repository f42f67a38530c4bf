// A small JSON writer for what the widget itself writes (the state for tests, the mirror's updates,
// settings, fields kept unread): compact or indented, UTF-8 as is, control characters escaped.
// The web widget then carries no JSON DOM; the exports and the Studio's writer have their own needs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

class JsonWriter {
public:
    // indent 0: compact; otherwise that many spaces per level, one member or element per line.
    explicit JsonWriter(int indent = 0) : indent_(indent) {}
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view k);
    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(bool b);
    JsonWriter& value(int64_t n);
    JsonWriter& value(uint64_t n);
    JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
    JsonWriter& value(unsigned n) { return value(static_cast<uint64_t>(n)); }
    JsonWriter& value(double d);  // finite as the shortest text that reads back; NaN and infinities as null
    JsonWriter& value(float f) { return value(static_cast<double>(f)); }
    JsonWriter& null();
    JsonWriter& raw(std::string_view json);  // text already JSON
    // "key": value in one call.
    template <class T>
    JsonWriter& member(std::string_view k, const T& v) {
        key(k);
        return value(v);
    }
    const std::string& str() const { return out_; }

private:
    void before_value();
    void newline();
    std::string out_;
    int indent_;
    std::vector<bool> has_items_;  // per open container
    bool after_key_ = false;
};

}  // namespace dl
