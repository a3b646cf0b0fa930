# Builds the Qabyldau Windows installer (.msi) with JDK 17's jpackage and WiX.
#
# NOT TESTED: the project's build machine is Linux; this recipe mirrors installer/build.sh and
# has never been run. Check it on a Windows machine before handing an .msi to an office.
#
# Prerequisites on the Windows build machine:
#   - JDK 17 (jlink, jpackage, jdeps on PATH) and Apache Maven 3.8+
#   - WiX Toolset 3.x (candle.exe, light.exe on PATH): JDK 17's jpackage needs WiX 3, not 4/5
#   - Internet access for the first Maven build (the Windows JavaFX jars, classifier "win",
#     are downloaded by Maven when it builds on Windows)
#
# Run from the repository root in PowerShell:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1
# Output: installer\target\windows\Qabyldau-<version>.msi
#
# The .msi installs per machine into "C:\Program Files\Qabyldau", adds a Start-menu entry in the
# "Qabyldau" group and a desktop shortcut, and keeps the same upgrade code across versions so a
# newer .msi replaces an older one. Data stays in %LOCALAPPDATA%\Qabyldau (not removed on
# uninstall). Uninstall: Settings > Apps > Qabyldau, or `msiexec /x Qabyldau-<version>.msi`.
#
# No CDS archive on Windows: JDK 17 ties the archive to the absolute jar paths of the training
# run, which would have to happen in "C:\Program Files\Qabyldau" itself. The app starts without
# it (about twice as slowly as with it, ~2 s instead of ~1 s on a desktop PC).

$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

$Version = '0.1.0'   # numeric only: jpackage/MSI reject "-SNAPSHOT"
# Keep this one GUID for every release, or Windows installs versions side by side.
$UpgradeUuid = '6f0c8b2e-6a8e-4d0b-9a0e-3a1c1b7f5a21'
$Out = 'installer\target\windows'
$Modules = 'jdk.localedata,java.sql,java.net.http,jdk.httpserver,java.desktop,jdk.crypto.ec,' +
           'jdk.unsupported,java.logging,java.management,java.naming,java.xml,jdk.charsets,' +
           'jdk.zipfs,javafx.controls,javafx.swing'

mvn -q -B -DskipTests package
if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }

Remove-Item -Recurse -Force $Out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Out\input\lib" | Out-Null
Copy-Item app\target\qabyldau.jar "$Out\input\"
Get-ChildItem app\target\lib\*.jar | Where-Object { $_.Name -notlike 'javafx-*' } |
    Copy-Item -Destination "$Out\input\lib\"
$FxPath = (Get-ChildItem app\target\lib\javafx-*-win.jar | ForEach-Object FullName) -join ';'
if (-not $FxPath) { throw 'no javafx-*-win.jar in app\target\lib (build on Windows)' }

jlink --module-path $FxPath --add-modules $Modules --include-locales=en,kk,ru `
      --strip-debug --no-header-files --no-man-pages --compress=2 --output "$Out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

# The icon: jpackage wants .ico on Windows. Convert installer\assets\qabyldau.png once, e.g.
#   magick installer\assets\qabyldau.png -define icon:auto-resize=256,48,32,16 installer\assets\qabyldau.ico
$Icon = @()
if (Test-Path installer\assets\qabyldau.ico) { $Icon = @('--icon', 'installer\assets\qabyldau.ico') }

jpackage --type msi --name Qabyldau --app-version $Version `
    --vendor 'Qabyldau project' `
    --description 'Front-office workstation for labour-immigrant permits and qualification certificates' `
    --input "$Out\input" --main-jar qabyldau.jar --main-class kz.qabyldau.app.Launcher `
    --runtime-image "$Out\runtime" --dest $Out @Icon `
    --java-options '-Dfile.encoding=UTF-8' `
    --win-menu --win-menu-group Qabyldau --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid $UpgradeUuid
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed (is WiX 3 on PATH?)' }
Write-Host "msi: $Out\Qabyldau-$Version.msi"
