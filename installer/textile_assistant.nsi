; NSIS installer for the Textile Compliance Assistant (纺织合规助手).
; Per-user install (no admin rights), Chinese first with English, Start-menu and
; optional desktop shortcuts, a fixed app id so an upgrade replaces the old
; version, and an uninstaller that keeps the user's data unless asked.
;
; Build (after PyInstaller made dist\TextileAssistant):
;   makensis /DVERSION=0.1.0 installer\textile_assistant.nsi
; Output: dist\TextileAssistant-<version>-setup.exe

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef DISTDIR
  !define DISTDIR "..\dist\TextileAssistant"
!endif
!define APPID "TextileComplianceAssistant"       ; fixed: upgrades replace the same install
!define APPNAME "纺织合规助手 Textile Compliance Assistant"
!define EXE "TextileAssistant.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"

Name "${APPNAME}"
OutFile "..\dist\TextileAssistant-${VERSION}-setup.exe"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\TextileAssistant"
InstallDirRegKey HKCU "Software\${APPID}" "InstallDir"
SetCompressor /SOLID lzma

!define MUI_ICON "..\resources\icons\app-icon.ico"
!define MUI_UNICON "..\resources\icons\app-icon.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; Chinese first, English second
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString DESC_DESKTOP ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString DESC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString DESC_REMOVEDATA ${LANG_SIMPCHINESE} "同时删除我的数据（产品、证书、备份）"
LangString DESC_REMOVEDATA ${LANG_ENGLISH} "Also remove my data (products, certificates, backups)"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "!${APPNAME}" SecMain
  SectionIn RO
  ; an upgrade: remove the old program files (never the data: it is in the user data folder)
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${DISTDIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${EXE}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Uninstall.lnk" "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APPID}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "Textile Compliance Assistant"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(DESC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}"
SectionEnd

Section "un.!${APPNAME}" UnSecMain
  SectionIn RO
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\${APPID}"
SectionEnd

; unticked by default: the user's records stay unless they ask
Section /o "un.$(DESC_REMOVEDATA)" UnSecData
  RMDir /r "$LOCALAPPDATA\TextileAssistant"
SectionEnd
