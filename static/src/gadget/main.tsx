import { boot } from '../shared/boot';
import { installGadgetStyles } from './gadget-styles';
import { GadgetApp } from './GadgetApp';

installGadgetStyles();
void boot(GadgetApp);
