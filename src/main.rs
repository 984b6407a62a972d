//! The `healthfeed` binary: parses arguments, starts logging, runs the command and
//! maps its outcome to an exit code (0 ok, 1 nothing matched / some inputs failed,
//! 2 error). All logic lives in the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = healthfeed::cli::Cli::parse();
    let _guard = match healthfeed::telemetry::init(cli.log_format, cli.verbose) {
        Ok(guard) => guard,
        Err(err) => {
            eprintln!("healthfeed: cannot start logging: {err:#}");
            return ExitCode::from(2);
        }
    };
    match healthfeed::cli::run(cli) {
        Ok(outcome) => ExitCode::from(outcome.code()),
        Err(err) => {
            eprintln!("healthfeed: {err:#}");
            ExitCode::from(2)
        }
    }
}
