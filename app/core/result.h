#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Newsdesk {

// An error as it crosses a module boundary: a machine-readable kind and a sentence for people.
struct Error
{
    enum class Kind {
        Generic,
        NotFound,
        InvalidInput, // malformed document, bad ticker, usage error
        Io, // file or disk
        Database, // SQLite said no
        SchemaTooNew, // library written by a newer Newsdesk; never altered
        Network, // DNS, refused, reset
        Timeout,
        HttpStatus,
        TooLarge,
        NotMarkdown,
        Offline, // the user's offline mode forbade the request
        Cancelled,
    };

    Kind kind = Kind::Generic;
    QString message;

    static Error make(Kind kind, QString message) { return Error{kind, std::move(message)}; }
};

// A value or an Error: how fallible functions report at module boundaries (no exceptions).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success carries nothing.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Newsdesk
