#pragma once

// Internal to storage/: which characters the full-text tokenizer splits into bigrams.
namespace Newsdesk::Storage {

// Scripts written without spaces between words: Han (with its extensions and compatibility
// ideographs), kana, Bopomofo, Hangul syllables, and the ideographic iteration and zero marks.
constexpr bool isCjk(char32_t c)
{
    return (c >= 0x3005 && c <= 0x3007) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3100 && c <= 0x312F)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

} // namespace Newsdesk::Storage
