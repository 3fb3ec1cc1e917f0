@echo off
rem 双击启动网页版：在本机 http://127.0.0.1:8080/ 打开校验工具，关闭本窗口即停止。
title 政府信息公开年度报告校验工具（网页版）
cd /d "%~dp0"
echo 正在启动网页版，浏览器将自动打开。使用期间请不要关闭本窗口；关闭本窗口即停止。
echo.
call "%~dp0dr.bat" serve --open
echo.
pause
