// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace atlas {

// An optional value kept on the heap: used as std::optional is, for a member that most records
// leave empty and that is large when set (an event's amount is 152 bytes; with a pointer
// instead, 100,000 events take 15 MB less). Copies copy the value.
template <typename T>
class Boxed
{
public:
    Boxed() = default;
    Boxed(std::nullopt_t) { }
    Boxed(const T &value) : m_value(std::make_unique<T>(value)) { }
    Boxed(T &&value) : m_value(std::make_unique<T>(std::move(value))) { }
    Boxed(const std::optional<T> &value)
        : m_value(value ? std::make_unique<T>(*value) : nullptr) { }
    Boxed(std::optional<T> &&value)
        : m_value(value ? std::make_unique<T>(std::move(*value)) : nullptr)
    {
    }
    Boxed(const Boxed &other) : m_value(other ? std::make_unique<T>(*other) : nullptr) { }
    Boxed(Boxed &&other) noexcept = default;
    Boxed &operator=(const Boxed &other)
    {
        if (this != &other)
            m_value = other ? std::make_unique<T>(*other) : nullptr;
        return *this;
    }
    Boxed &operator=(Boxed &&other) noexcept = default;
    ~Boxed() = default;

    bool has_value() const { return m_value != nullptr; }
    explicit operator bool() const { return has_value(); }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T *operator->() const { return m_value.get(); }
    T *operator->() { return m_value.get(); }
    const T &value() const
    {
        if (!m_value)
            throw std::bad_optional_access();
        return *m_value;
    }
    void reset() { m_value.reset(); }
    template <typename... Args>
    T &emplace(Args &&...args)
    {
        m_value = std::make_unique<T>(std::forward<Args>(args)...);
        return *m_value;
    }
    std::optional<T> toOptional() const
    {
        return m_value ? std::optional<T>(*m_value) : std::nullopt;
    }

    friend bool operator==(const Boxed &a, const Boxed &b)
    {
        return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
    }
    friend bool operator==(const Boxed &a, std::nullopt_t) { return !a.has_value(); }

private:
    std::unique_ptr<T> m_value;
};

} // namespace atlas
