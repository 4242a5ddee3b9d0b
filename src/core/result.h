// Result<T, E>: a value or the error explaining why there is none. The error travels with the
// result it belongs to: nobody reads "the last error" of a client and assumes it is theirs.
#pragma once

#include "apierror.h"

#include <optional>
#include <utility>
#include <variant>

namespace eucora {

template<typename T, typename E = ApiError> class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }
    // A result with a richer error (ControlPlaneError is an ApiError) read as the plainer one.
    template<typename Other, typename = std::enable_if_t<!std::is_same_v<Other, E>>>
    Result(const Result<T, Other> &other)
        : m_data(other.ok() ? Data(std::in_place_index<0>, other.value())
                            : Data(std::in_place_index<1>, E(other.error())))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const { return std::get<1>(m_data); }

private:
    using Data = std::variant<T, E>;
    Data m_data;
};

// Nothing to return but whether it worked, and if not, why: Result<void, QString> is "done, or
// the reason it was refused".
template<typename E> class Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace eucora
