// Whether a secret leaked into a file: every file under $HOME (the temporary one of
// tests/support/with-keyring.sh) that holds `needle`.
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace eucora::testing {

inline QStringList filesUnderHomeHolding(const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace eucora::testing
