; Included into electron-builder's NSIS installer and uninstaller (electron-builder.yml: nsis.include).
;
; Start at login on Windows is Electron's app.setLoginItemSettings (main/platform/autoLaunch.ts),
; which writes a value named after the app id (${APP_ID}, electron-builder's define of appId)
; under the current user's Run key, plus its enabled/disabled state under StartupApproved\Run.
; An uninstall that left them would have Windows try to start a deleted Limber.exe at every
; login and list a dead entry in Task Manager's Startup apps. An update also runs the old
; uninstaller (with --updated): then the entry must stay, as the user chose it.

!macro customUnInstall
  ${ifNot} ${isUpdated}
    DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "${APP_ID}"
    DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run" "${APP_ID}"
  ${endIf}
!macroend
