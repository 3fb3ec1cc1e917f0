@echo off
rem disclosure-report 命令行：dr parse 报告.docx、dr validate 报告.docx、dr --help
rem 只需要 Java 17 或更高版本（JAVA_HOME，或 PATH 中的 java）。
setlocal
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>nul
if errorlevel 1 (
  echo 需要 Java 17 或更高版本，请先安装（如 https://adoptium.net/zh-CN/ 的 Temurin 17）后再运行。
  exit /b 2
)
set "JMAJOR="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i version') do set "JV=%%~v"
for /f "delims=." %%m in ("%JV%") do set "JMAJOR=%%m"
if defined JMAJOR if %JMAJOR% LSS 17 (
  echo 当前 Java 版本过低（%JV%），需要 17 或更高版本。
  exit /b 2
)
rem 启动加速：Java 19 及以上版本首次运行时在 %LOCALAPPDATA%\disclosure-report 中生成类数据存档（AppCDS），
rem 以后每次运行直接映射，启动约快一半；Java 17 忽略这些选项。除网页版外只用 C1 编译器（批量校验也更快）。
rem DR_JAVA_OPTS 可附加 Java 选项（如 -Xmx2g）。
set "FAST=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="aggregate" set "FAST=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
for %%a in (%*) do if exist "%%~a\*" set "FAST=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
if /i "%~1"=="serve" set "FAST="
set "CDS="
if defined LOCALAPPDATA (
  if not exist "%LOCALAPPDATA%\disclosure-report" mkdir "%LOCALAPPDATA%\disclosure-report" 2>nul
  if exist "%LOCALAPPDATA%\disclosure-report" set CDS=-XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%LOCALAPPDATA%\disclosure-report\cli.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
)
"%JAVA%" %CDS% %FAST% %DR_JAVA_OPTS% -jar "%~dp0disclosure-report-cli.jar" %*
exit /b %errorlevel%
