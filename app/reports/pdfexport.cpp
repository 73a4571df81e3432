// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexport.h"

#include "briefing.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QSaveFile>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace atlas::PdfExport {

namespace {

bool writeBody(Briefing &briefing, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    if (!writer.pageLayout().isValid()) {
        if (error)
            *error = Briefing::tr("%1: cannot write the PDF").arg(path);
        return false;
    }
    writer.setPageSize(briefing.options().pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    writer.setTitle(briefing.title());
    writer.setCreator(QStringLiteral("Telco Atlas %1").arg(QCoreApplication::applicationVersion()));
    const QString xmp =
            QStringLiteral(
                    "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                    "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
                    "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                    "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                    "xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>"
                    "<dc:title><rdf:Alt><rdf:li "
                    "xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
                    "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
                    "<dc:description><rdf:Alt><rdf:li "
                    "xml:lang='x-default'>%3</rdf:li></rdf:Alt></dc:description>"
                    "<pdf:Producer>Qt "
                    "%4</pdf:Producer></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
                    .arg(briefing.title().toHtmlEscaped(),
                         Briefing::tr("Telco Atlas").toHtmlEscaped(),
                         briefing.subject().toHtmlEscaped(), QString::fromLatin1(qVersion()));
    writer.setDocumentXmpMetadata(xmp.toUtf8());
    if (!briefing.print(&writer, error)) {
        if (error)
            *error = Briefing::tr("%1: %2").arg(path, *error);
        return false;
    }
    return true;
}

} // namespace

bool setDocumentInfo(const QString &path, const DocumentInfo &info, QString *error)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(QFile::encodeName(path).constData());
        QPDFObjectHandle trailer = pdf.getTrailer();
        QPDFObjectHandle dict = trailer.getKey("/Info");
        if (!dict.isDictionary()) {
            dict = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", dict);
        }
        auto set = [&dict](const char *key, const QString &value) {
            if (!value.isEmpty())
                dict.replaceKey(key,
                                QPDFObjectHandle::newUnicodeString(value.toUtf8().toStdString()));
        };
        set("/Title", info.title);
        set("/Author", info.author);
        set("/Subject", info.subject);
        set("/Keywords", info.keywords);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setDecodeLevel(qpdf_dl_none); // streams as QPdfWriter wrote them
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(reinterpret_cast<const char *>(buffer->getBuffer()),
                         qint64(buffer->getSize()))
                    != qint64(buffer->getSize())
            || !out.commit()) {
            if (error)
                *error = out.errorString();
            return false;
        }
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        return false;
    }
}

bool write(Briefing &briefing, const QString &path, QString *error)
{
    if (!writeBody(briefing, path, error))
        return false;
    // QPdfWriter's document information has title and creator only; readers show author,
    // subject and keywords from there.
    const DocumentInfo info{ briefing.title(), Briefing::tr("Telco Atlas"), briefing.subject(),
                             briefing.keywords() };
    QString why;
    if (!setDocumentInfo(path, info, &why))
        qWarning("%s",
                 qPrintable(Briefing::tr("%1: cannot add the document information: %2")
                                    .arg(path, why)));
    return true;
}

} // namespace atlas::PdfExport
