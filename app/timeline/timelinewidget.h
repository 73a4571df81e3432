// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QMenu;
class QToolButton;
QT_END_NAMESPACE

namespace atlas {

class Document;
class TimelineOverview;
class TimelinePlayer;
class TimelineView;

// The timeline as the main window shows it: a bar with the window presets, zoom, play and
// export; the lanes view; the overview strip with its brush. Everything goes through the
// Document, so the graph, the events table and the charts follow.
//
// Shortcuts (active while focus is inside the widget): + and - (or Ctrl+wheel) zoom, F or
// Ctrl+Shift+F fits all, Space plays and pauses, Ctrl+Right / Ctrl+Left step a month; Left and
// Right pan the lanes view or move the brush, whichever has focus; L chooses lanes, P pins the
// selected entity's lane.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(Document *document, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    TimelineOverview *overview() const { return m_overview; }
    TimelinePlayer *player() const { return m_player; }

    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *fitAllAction() const { return m_fitAllAction; }
    QAction *playAction() const { return m_playAction; } // checkable: checked while playing
    QAction *stepForwardAction() const { return m_stepForwardAction; }
    QAction *stepBackAction() const { return m_stepBackAction; }
    QAction *exportAction() const { return m_exportAction; }
    // Choose Lanes… (L): opens the lane picker. Pin Lane (P): pins or unpins the selected entity.
    QAction *chooseLanesAction() const { return m_chooseLanesAction; }
    QAction *pinLaneAction() const { return m_pinLaneAction; }
    // Opens the lane picker (not modal to the caller: it applies its choice when accepted).
    void openLanePicker();
    // All time, each year of the data, the last 12 months of the data.
    QMenu *presetMenu() const { return m_presetMenu; }

    // Preset keys: "all", "last-12-months" or a year such as "2024"; false for an unknown key.
    bool applyPreset(const QString &key);
    // The current window, in the Document's language, to PNG or SVG by extension.
    bool exportImage(const QString &path, QString *error);

Q_SIGNALS:
    // Export PNG / Export SVG: the window asks where (askPicturePath in ui) and calls back.
    void exportPictureRequested(const QString &baseName, const QString &suffix);

protected:
    void changeEvent(QEvent *event) override;

private:
    QHBoxLayout *createBar();
    QToolButton *toolButton(QAction *action);
    void retranslate();
    void updateIcons();
    void rebuildPresets();
    void updateWindowLabel();
    void updatePinAction();

    Document *m_document; // outlives the widget
    TimelineView *m_view = nullptr;
    TimelineOverview *m_overview = nullptr;
    TimelinePlayer *m_player = nullptr;

    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAllAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_stepForwardAction = nullptr;
    QAction *m_stepBackAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_chooseLanesAction = nullptr;
    QAction *m_pinLaneAction = nullptr;
    QMenu *m_presetMenu = nullptr;
    QToolButton *m_presetButton = nullptr;
    QComboBox *m_speedCombo = nullptr;
    QLabel *m_windowLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
};

} // namespace atlas
