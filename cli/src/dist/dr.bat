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
"%JAVA%" -jar "%~dp0disclosure-report-cli.jar" %*
exit /b %errorlevel%
