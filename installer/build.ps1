<#
.SYNOPSIS
  Builds CCR Office's Windows installer (.msi), the same steps as installer/build.sh (installer/README.md).

.DESCRIPTION
  Packages the jar; links a Java runtime holding the JDK modules the application needs and JavaFX (jdeps +
  jlink); lays out the application image (jpackage); trains the AOT cache on that very image; checks that
  the launcher uses the cache; makes the .msi from the image (target\installer\dist).
  Needs JDK 25 in JAVA_HOME and WiX (3, or 4 and later as the .NET tool "wix") on the PATH.

.PARAMETER SkipMaven
  Reuse target\ccr-office.jar and target\lib from an earlier mvnw package or verify.

.PARAMETER ImageOnly
  Stop after the trained application image (target\installer\image), build no .msi.

.PARAMETER CheckInstalled
  Build nothing: install the given .msi for this user as staff do, check that the installed application
  starts and, from its second start on, loads its classes from the AOT cache, then uninstall it.
  The release workflow runs it.
#>
param(
    [switch] $SkipMaven,
    [switch] $ImageOnly,
    [string] $CheckInstalled
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# The same values as installer/common.sh.
$AppName = 'CCR Office'
$AotCacheFile = 'ccr-office.aot'
$JarTimeEpoch = 946684800
$JarTimeUtc = [DateTimeOffset]::FromUnixTimeSeconds($JarTimeEpoch).UtcDateTime
# Modules jdeps cannot see because they are found at run time (see build.sh).
$ServiceModules = 'jdk.localedata,jdk.charsets,jdk.zipfs,jdk.unsupported'

$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Work = Join-Path $Root 'target\installer'

function Write-Step([string] $Message) { Write-Host "[installer] $Message" }

function Invoke-Tool([string] $Tool, [string[]] $Arguments) {
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Tool failed with exit code $LASTEXITCODE" }
}

function Get-JdkTool([string] $Name) {
    if (-not $env:JAVA_HOME) { throw 'Set JAVA_HOME to a JDK 25 installation.' }
    $tool = Join-Path $env:JAVA_HOME "bin\$Name.exe"
    if (-not (Test-Path $tool)) { throw "$tool is missing: JAVA_HOME must be a JDK 25 with jlink and jpackage." }
    return $tool
}

function Get-AppVersion {
    $version = $env:CCR_OFFICE_VERSION
    if (-not $version) {
        $properties = Get-Content 'target\maven-archiver\pom.properties'
        $version = ($properties | Where-Object { $_ -like 'version=*' }) -replace '^version=', ''
    }
    $version = $version -replace '-SNAPSHOT$', ''
    if ($version -notmatch '^\d+(\.\d+){0,2}$') { throw "version '$version' is not numeric (1 to 3 numbers)" }
    return $version
}

# The JavaFX jars with native code for Windows; Maven also copies empty ones without a classifier.
function Get-JavaFxJars {
    Get-ChildItem 'target\lib\javafx-*.jar' | Where-Object { $_.BaseName -notmatch '^javafx-[a-z]+-[0-9.]+$' }
}

function Copy-Input {
    Write-Step 'Staging the jars (JavaFX goes into the runtime, not on the class path)'
    $inputDir = Join-Path $Work 'input'
    Remove-Item $inputDir -Recurse -Force -ErrorAction SilentlyContinue
    New-Item -ItemType Directory (Join-Path $inputDir 'lib') | Out-Null
    Copy-Item 'target\ccr-office.jar' $inputDir
    Get-ChildItem 'target\lib\*.jar' | Where-Object { $_.Name -notlike 'javafx-*' } |
        Copy-Item -Destination (Join-Path $inputDir 'lib')
}

function New-Runtime {
    $fxJars = @(Get-JavaFxJars)
    if ($fxJars.Count -eq 0) { throw 'no platform JavaFX jars in target\lib' }
    $fxPath = ($fxJars.FullName) -join ';'
    $fxModules = ($fxJars | ForEach-Object { $_.BaseName -replace '^javafx-([a-z]+)-.*$', 'javafx.$1' }) -join ','
    Write-Step 'jdeps: which JDK modules the application uses'
    $jdkModules = & (Get-JdkTool 'jdeps') --print-module-deps --ignore-missing-deps --multi-release 25 `
        --class-path "$Work\input\lib\*;$fxPath" 'target\ccr-office.jar'
    if ($LASTEXITCODE -ne 0) { throw 'jdeps failed' }
    $modules = "$(($jdkModules | Select-Object -Last 1).Trim()),$ServiceModules,$fxModules"
    Write-Step "jlink: $modules"
    Remove-Item "$Work\runtime" -Recurse -Force -ErrorAction SilentlyContinue
    Invoke-Tool (Get-JdkTool 'jlink') @('--module-path', $fxPath, '--add-modules', $modules,
        '--strip-debug', '--no-header-files', '--no-man-pages', '--compress', 'zip-6', '--generate-cds-archive',
        '--output', "$Work\runtime")
}

function New-AppImage([string] $Version) {
    Write-Step "jpackage: application image $Version"
    Remove-Item "$Work\image" -Recurse -Force -ErrorAction SilentlyContinue
    Invoke-Tool (Get-JdkTool 'jpackage') @('--type', 'app-image',
        '@installer/jpackage/app-image.args', '@installer/windows/app-image.args',
        '--app-version', $Version, '--java-options', "-Dccr.office.jarTime=$JarTimeEpoch",
        '--input', "$Work\input", '--runtime-image', "$Work\runtime", '--dest', "$Work\image")
}

# The launcher's options, class path and main class, from its .cfg, with $APPDIR resolved (see read_launcher_config).
function Read-LauncherConfig([string] $AppDir) {
    $options = @()
    $classPath = @()
    $mainClass = $null
    foreach ($line in Get-Content (Join-Path $AppDir "$AppName.cfg")) {
        if ($line -like 'java-options=*') {
            $value = $line.Substring('java-options='.Length).Replace('$APPDIR', $AppDir)
            if ($value -notlike '-XX:AOTCache=*') { $options += $value }
        } elseif ($line -like 'app.classpath=*') {
            $classPath += $line.Substring('app.classpath='.Length).Replace('$APPDIR', $AppDir)
        } elseif ($line -like 'app.mainclass=*') {
            $mainClass = $line.Substring('app.mainclass='.Length)
        }
    }
    if ($classPath.Count -eq 0 -or -not $mainClass) { throw "no class path or main class in $AppDir\$AppName.cfg" }
    return @{ Options = $options; ClassPath = ($classPath -join ';'); MainClass = $mainClass }
}

function New-AotCache([string] $Image) {
    $appDir = Join-Path $Image 'app'
    $java = Join-Path $Image 'runtime\bin\java.exe'
    Get-ChildItem $appDir -Recurse -Filter '*.jar' | ForEach-Object { $_.LastWriteTimeUtc = $JarTimeUtc }
    $config = Read-LauncherConfig $appDir
    $env:CCR_OFFICE_HOME = Join-Path ([IO.Path]::GetTempPath()) ([Guid]::NewGuid())
    Write-Step 'AOT cache: training run'
    $arguments = $config.Options + @("-XX:AOTCacheOutput=$appDir\$AotCacheFile",
        '-Dccr.office.exitAfterStartup=true', '-cp', $config.ClassPath, $config.MainClass)
    & $java @arguments *> "$Work\training.log"
    $exitCode = $LASTEXITCODE
    Remove-Item Env:CCR_OFFICE_HOME
    if ($exitCode -ne 0 -or -not (Test-Path "$appDir\$AotCacheFile")) {
        Get-Content "$Work\training.log" | Write-Host
        throw 'the training run failed or wrote no cache'
    }
    Write-Step ("AOT cache: {0:N0} MB" -f ((Get-Item "$appDir\$AotCacheFile").Length / 1MB))
}

# Starts an installed or built launcher with the cache made mandatory and class loading logged to a file
# (the launcher has no console); returns the share of classes that came from the cache, in percent.
# The log file is named relative to the working folder: -Xlog would read the colon of "C:\" as a separator.
function Test-AotCache([string] $Launcher, [string] $LogDir) {
    $logFile = Join-Path $LogDir 'aot-check.log'
    Remove-Item $logFile -ErrorAction SilentlyContinue
    $env:CCR_OFFICE_HOME = Join-Path ([IO.Path]::GetTempPath()) ([Guid]::NewGuid())
    $env:JAVA_TOOL_OPTIONS = '-XX:AOTMode=on -Xlog:class+load=info:file=aot-check.log -Dccr.office.exitAfterStartup=true'
    try {
        $process = Start-Process -FilePath $Launcher -WorkingDirectory $LogDir -Wait -PassThru
    } finally {
        Remove-Item Env:JAVA_TOOL_OPTIONS, Env:CCR_OFFICE_HOME
    }
    if ($process.ExitCode -ne 0) { throw "$Launcher exited with $($process.ExitCode) (AOT cache refused?)" }
    $lines = @(Get-Content $logFile | Where-Object { $_ -like '*class,load*' })
    $shared = @($lines | Where-Object { $_ -like '*source: shared objects file*' })
    if ($lines.Count -eq 0) { throw "no class loading was logged in $logFile" }
    Write-Step "AOT cache: $($shared.Count) of $($lines.Count) classes loaded from the cache"
    return [int](100 * $shared.Count / $lines.Count)
}

function New-Msi([string] $Image, [string] $Version) {
    Write-Step 'jpackage: .msi'
    $dist = Join-Path $Work 'dist'
    Remove-Item $dist -Recurse -Force -ErrorAction SilentlyContinue
    Invoke-Tool (Get-JdkTool 'jpackage') @('--type', 'msi',
        '@installer/jpackage/package.args', '@installer/windows/msi.args',
        '--app-image', $Image, '--app-version', $Version, '--dest', $dist)
    Get-ChildItem "$dist\*.msi" | Rename-Item -NewName "ccr-office-$Version-windows-x64.msi"
    Get-ChildItem $dist | Format-Table Name, Length | Out-String | Write-Host
}

# Installs the .msi per user, starts the installed launcher twice (the first start puts back the jar times
# the installer changed), requires the cache on the second start, then uninstalls.
function Test-InstalledMsi([string] $Msi) {
    $Msi = (Resolve-Path $Msi).Path
    New-Item -ItemType Directory $Work -Force | Out-Null
    $launcher = Join-Path $env:LOCALAPPDATA "$AppName\$AppName.exe"
    Write-Step "Installing $Msi for this user"
    $install = Start-Process msiexec.exe -Wait -PassThru -ArgumentList @('/i', "`"$Msi`"", '/qn', '/norestart',
        '/l*v', "`"$Work\msi-install.log`"")
    if ($install.ExitCode -ne 0) { throw "msiexec /i failed with $($install.ExitCode), see $Work\msi-install.log" }
    if (-not (Test-Path $launcher)) { throw "no launcher at $launcher" }
    try {
        Write-Step 'First start'
        $env:CCR_OFFICE_HOME = Join-Path ([IO.Path]::GetTempPath()) ([Guid]::NewGuid())
        $env:JAVA_TOOL_OPTIONS = '-Dccr.office.exitAfterStartup=true'
        try {
            $first = Start-Process -FilePath $launcher -Wait -PassThru
        } finally {
            Remove-Item Env:JAVA_TOOL_OPTIONS, Env:CCR_OFFICE_HOME
        }
        if ($first.ExitCode -ne 0) { throw "the installed application exited with $($first.ExitCode)" }
        Start-Sleep -Seconds 2
        Write-Step 'Second start, with the AOT cache required'
        $share = Test-AotCache $launcher $Work
        if ($share -lt 50) { throw 'too few classes come from the AOT cache' }
    } finally {
        Write-Step 'Uninstalling'
        $uninstall = Start-Process msiexec.exe -Wait -PassThru -ArgumentList @('/x', "`"$Msi`"", '/qn', '/norestart')
        if ($uninstall.ExitCode -ne 0) { throw "msiexec /x failed with $($uninstall.ExitCode)" }
    }
    if (Test-Path $launcher) { throw "uninstalling left $launcher behind" }
    Write-Step 'The installed application starts, with its AOT cache, and uninstalls cleanly'
}

if ($CheckInstalled) {
    Test-InstalledMsi $CheckInstalled
    return
}

if ($SkipMaven) {
    if (-not (Test-Path 'target\ccr-office.jar')) { throw '-SkipMaven: run mvnw package first' }
} else {
    Write-Step 'Maven package'
    Invoke-Tool '.\mvnw.cmd' @('-B', '-q', 'package', '-DskipTests')
}
$version = Get-AppVersion
Copy-Input
New-Runtime
New-AppImage $version
$image = Join-Path $Work "image\$AppName"
New-AotCache $image
$share = Test-AotCache (Join-Path $image "$AppName.exe") $Work
if ($share -lt 50) { throw 'too few classes come from the AOT cache' }
Write-Step "Application image: $image"
if (-not $ImageOnly) { New-Msi $image $version }
