package io.github.disclosurereport.cli;

import io.github.disclosurereport.cli.web.BrowserOpener;
import io.github.disclosurereport.cli.web.WebLimits;
import io.github.disclosurereport.cli.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code serve [--port 8080] [--open] [--bind ADDR]}: the web page on this machine, until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "在本机启动网页版：在浏览器中拖入报告即可校验、转换、导出 / start the web page on this computer")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "端口（默认 ${DEFAULT-VALUE}；0 为任一空闲端口） / port (default ${DEFAULT-VALUE}, 0: any free)")
    int port;

    @Option(names = "--open", description = "启动后打开浏览器 / open the page in the browser")
    boolean open;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = WebServer.LOOPBACK,
            description = "监听地址（默认只允许本机访问 ${DEFAULT-VALUE}） / address to listen on (default: this "
                    + "computer only)")
    String bind;

    @picocli.CommandLine.Mixin
    FormOptions formOptions = new FormOptions();

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "端口应在 0–65535 之间 / bad port: " + port);
        }
        if (!WebServer.isLoopback(bind)) {
            err.println("警告 / warning: 网页版将对其他电脑开放（--bind " + bind + "）：同一网络中的任何人都能打开它并上传文件，"
                    + "请只在可信的网络中使用 / the page is open to other computers on the network");
            err.flush();
        }
        try (WebServer server = WebServer.start(formOptions.root(), bind, port, WebLimits.DEFAULT,
                main != null && main.debug, System.err)) {
            out.println("网页版已启动 / the page is running: " + server.uri());
            out.println("在浏览器中打开上面的地址；按 Ctrl+C 停止 / open it in a browser; Ctrl+C stops it");
            out.flush();
            if (open && !BrowserOpener.open(server.uri())) {
                out.println("未能自动打开浏览器，请手动打开 / could not open a browser: " + server.uri());
                out.flush();
            }
            server.join();
        }
        return 0;
    }
}
